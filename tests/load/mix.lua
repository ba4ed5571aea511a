-- A read/write mix for wrk, as officials and the public use the API: of every ten requests nine
-- read (a third of them anonymously, the rest signed in) and one writes, switching a follow-up
-- action between open and in progress, a real change that is authorized, stored and audited.
-- YP_COOKIE, YP_CSRF and YP_ACTION come from the environment; YP_MIX=read sends only the reads
-- and YP_MIX=write only the writes (for the benchmark, bench/run).
local cookie = os.getenv("YP_COOKIE")
local csrf = os.getenv("YP_CSRF")
local action = os.getenv("YP_ACTION")
local mix = os.getenv("YP_MIX") or "mixed"

local reads = {
  "/api/bodies/helsinki-counties-cooperation-group/composition?as_of=2023-06-01",
  "/api/bodies",
  "/api/organisations?parent_id=county-01",
  "/api/agreements",
  "/api/duties/summary?as_of=2024-12-31",
  "/api/meetings",
  "/api/actions",
  "/api/session",
  "/api/bodies/ita-uusimaa-networks/members?as_of=2023-06-01",
}
local signed = { ["Cookie"] = cookie }
local anonymous = {}
local writing = { ["Cookie"] = cookie, ["X-CSRF-Token"] = csrf, ["Content-Type"] = "application/json" }

local n, written = 0, 0
request = function()
  n = n + 1
  if mix == "write" or (mix == "mixed" and n % 10 == 0) then
    written = written + 1
    local status = (written % 2 == 0) and "open" or "in_progress"
    return wrk.format("POST", "/api/actions/" .. action .. "/status", writing, '{"status":"' .. status .. '"}')
  end
  local path = reads[(n % #reads) + 1]
  if n % 3 == 0 and path ~= "/api/session" then return wrk.format("GET", path, anonymous) end
  return wrk.format("GET", path, signed)
end
