-- Enrolments as warm-up load: wrk's threads enrol BENCH_PARTICIPANTS participants (ids from
-- BENCH_FIRST) into each cohort of BENCH_COHORTS (comma-separated), thread t taking every
-- BENCH_THREADS-th cohort from the t-th, as the coordinator (BENCH_TOKEN). A thread stops when its
-- cohorts are done, so that no request repeats an enrolment.
local counter = 1

function setup(thread)
  thread:set("tid", counter)
  counter = counter + 1
end

function init(args)
  token = os.getenv("BENCH_TOKEN")
  first = tonumber(os.getenv("BENCH_FIRST"))
  per = tonumber(os.getenv("BENCH_PARTICIPANTS"))
  mine = {}
  local all = {}
  for c in string.gmatch(os.getenv("BENCH_COHORTS"), "%d+") do
    table.insert(all, c)
  end
  local step = tonumber(os.getenv("BENCH_THREADS"))
  for i = tid, #all, step do
    table.insert(mine, all[i])
  end
  sent = 0
end

request = function()
  local k = sent
  sent = sent + 1
  local cohort = mine[math.floor(k / per) + 1]
  if cohort == nil then
    -- this thread's cohorts are done: no repeated enrolment, a ping while the thread stops
    wrk.thread:stop()
    return wrk.format("GET", "/api/v1/ping")
  end
  return wrk.format("POST", "/api/v1/cohorts/" .. cohort .. "/enrolments",
    {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"},
    '{"participantId":' .. (first + k % per) .. '}')
end
