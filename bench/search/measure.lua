-- wrk script: cycles through the catalogue searches given as SEARCHES (one query string per line) and prints
-- "p50 p95 p99 requests/s non-2xx" in milliseconds when done.
local searches = {}
for line in io.lines(os.getenv("SEARCHES")) do
    searches[#searches + 1] = "/api/catalog/works?" .. line
end
local next = 0

request = function()
    next = next % #searches + 1
    return wrk.format("GET", searches[next])
end

done = function(summary, latency, requests)
    io.write(string.format("%.2f %.2f %.2f %.0f %d\n", latency:percentile(50) / 1000, latency:percentile(95) / 1000,
        latency:percentile(99) / 1000, summary.requests / (summary.duration / 1e6),
        summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
