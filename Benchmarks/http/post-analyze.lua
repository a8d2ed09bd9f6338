-- wrk script: POST /api/v1/analyze with a typical 25-word reply, authenticated with a
-- personal API token taken from the environment (TOKEN), counting non-2xx answers.
--
--   TOKEN=... wrk -t2 -c64 -d15s --latency -s post-analyze.lua http://127.0.0.1:PORT/api/v1/analyze
--
-- wrk runs this file once per thread (each in its own Lua state) and once more for setup/done,
-- so the per-thread counts are collected through the thread objects in done().

local token = os.getenv("TOKEN")
if token == nil or token == "" then
  -- error() would only be printed, and wrk would go on benchmarking 401s: stop it instead.
  io.stderr:write("post-analyze.lua: set TOKEN to a personal API token (speakup users token EMAIL --name NAME)\n")
  os.exit(1)
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
-- 25 words, the length of a typical practice reply.
wrk.body = [[{"text": "I'd like to talk about the rota. I've worked the last three weekends, so I need next Saturday off to visit my sister's family, please."}]]

-- Main state: keep every thread so done() can read its counters.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

-- Thread state: count answers outside 2xx, and remember the first one's status for the report.
non2xx = 0
first_status = 0

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
    if first_status == 0 then
      first_status = status
    end
  end
end

function done(summary, latency, requests)
  local total, first = 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("non2xx")
    if first == 0 then
      first = thread:get("first_status")
    end
  end
  -- run.sh reads this line for its summary table.
  io.write(string.format("non-2xx responses: %d\n", total))
  if total > 0 then
    io.write(string.format("first non-2xx status: %d\n", first))
  end
end
