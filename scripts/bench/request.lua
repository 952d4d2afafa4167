-- One request, repeated: BENCH_PATH with an optional bearer token (BENCH_TOKEN). Prints one RESULT
-- line with the figures the report needs (wrk's own --latency output has no p95).
local token = os.getenv("BENCH_TOKEN")
local path = os.getenv("BENCH_PATH")
wrk.headers["Accept"] = os.getenv("BENCH_ACCEPT") or "application/json"
if token ~= nil and token ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. token
end

request = function()
  return wrk.format("GET", path)
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
