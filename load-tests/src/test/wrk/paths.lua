-- wrk script of './bench edge': every request GETs a random path of the file given after "--"
-- (one path a line), and the run ends with one JSON line: requests, non-2xx and socket errors,
-- the latency percentiles in milliseconds.
local paths = {}

function init(args)
  for line in io.lines(args[1]) do
    if line ~= "" then paths[#paths + 1] = line end
  end
  math.randomseed(os.time() + tonumber(tostring(paths):match("0x(%x+)") or "0", 16))
end

function request()
  return wrk.format("GET", paths[math.random(#paths)], { ["Accept"] = "application/json" })
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"seconds":%.3f,"non2xx":%d,"socketErrors":%d,"p50":%.2f,"p99":%.2f,"max":%.2f}\n',
    summary.requests, summary.duration / 1e6, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
