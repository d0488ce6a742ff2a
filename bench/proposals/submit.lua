-- wrk script: POSTs the prepared multipart proposal (with its 100 KB attachment) with the session's
-- antiforgery cookie and token. Every request is a new proposal; the server answers 302 to the receipt.
-- BENCH_THINK_MS set: each connection is a visitor who waits a think time before the next post, drawn
-- from an exponential distribution of that mean, so the visitors are independent (arrivals near Poisson)
-- instead of all connections re-posting the moment they are answered.
local body_file = os.getenv("BENCH_BODY")
local f = assert(io.open(body_file, "rb"))
local body = f:read("*a")
f:close()
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. os.getenv("BENCH_BOUNDARY")
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")

local think = tonumber(os.getenv("BENCH_THINK_MS") or "")
if think and think > 0 then
  local threads = 0
  function setup(thread)
    threads = threads + 1
    thread:set("seed", os.time() * 100 + threads)
  end

  function init(args)
    math.randomseed(seed)
  end

  function delay()
    return math.floor(-math.log(1 - math.random()) * think)
  end
end

local bad = 0
function response(status, headers, body)
  if status ~= 302 then bad = bad + 1 end
end

function done(summary, latency, requests)
  io.write(string.format("P50_MS %.2f\nP99_MS %.2f\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
