-- wrk script for benches/load/run.sh: POSTs to /api/v1/forms/{id}/validate,
-- rotating over the submissions listed in the file named by $BODIES (one line
-- each: "<form id>\t<lang>\t<body file>"), valid and invalid, of both forms.
-- Each thread stops after $MAX_REQUESTS_PER_THREAD requests, so a run is
-- bounded in request count as well as in time (wrk -d).

local threads = 0

-- Runs in the main state: numbers the threads.
function setup(thread)
  thread:set("thread_number", threads)
  threads = threads + 1
end

local requests = {}
local next_index = 0
local sent = 0
local max_sent = tonumber(os.getenv("MAX_REQUESTS_PER_THREAD") or "0") or 0

function init(args)
  local list = assert(os.getenv("BODIES"), "set BODIES to the list of submissions")
  for line in io.lines(list) do
    local id, lang, file = line:match("^([^\t]+)\t([^\t]+)\t([^\t]+)$")
    if id then
      local f = assert(io.open(file, "rb"))
      local body = f:read("*a")
      f:close()
      local path = "/api/v1/forms/" .. id .. "/validate?lang=" .. lang
      requests[#requests + 1] = wrk.format("POST", path,
        { ["Content-Type"] = "application/json" }, body)
    end
  end
  assert(#requests > 0, "no submissions in " .. list)
  -- Threads start at different places in the rotation.
  next_index = ((thread_number or 0) * 7) % #requests
end

-- No response() callback: with one, wrk would hand every response body to Lua,
-- and the load generator would take CPU from the service it measures.
function request()
  sent = sent + 1
  if max_sent > 0 and sent >= max_sent then
    wrk.thread:stop()
  end
  next_index = next_index % #requests + 1
  return requests[next_index]
end
