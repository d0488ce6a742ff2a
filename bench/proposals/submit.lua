-- wrk script: POSTs the prepared multipart proposal (with its 100 KB attachment) with the session's
-- antiforgery cookie and token. Every request is a new proposal; the server answers 302 to the receipt.
local body_file = os.getenv("BENCH_BODY")
local f = assert(io.open(body_file, "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("BENCH_BOUNDARY")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")

local bad = 0
function response(status, headers, body)
  if status ~= 302 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("P50_MS %.2f\nP99_MS %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
