-- A mixed session: each connection walks a round of the portal's API reads (lists, a deal with its
-- timeline, a roster, the KPIs) as admin, NTU staff and a coordinator. BENCH_MIX holds the round as
-- "token-name path" lines; BENCH_TOKEN_<name> the tokens.
local round = {}
for line in string.gmatch(os.getenv("BENCH_MIX"), "[^\n]+") do
  local who, path = string.match(line, "^(%S+)%s+(%S+)$")
  table.insert(round, { "Bearer " .. os.getenv("BENCH_TOKEN_" .. who), path })
end
local i = 0
wrk.headers["Accept"] = "application/json"

init = function(args)
  i = math.random(#round) - 1
end

request = function()
  i = i % #round + 1
  wrk.headers["Authorization"] = round[i][1]
  return wrk.format("GET", round[i][2])
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.status + e.connect + e.read + e.write + e.timeout))
end
