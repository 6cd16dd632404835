-- Prints "BYTES bytes/s requests non-2xx/3xx failed" for the whole run, so run.sh can take a ratio without
-- parsing wrk's units.
done = function(summary, latency, requests)
    local failed = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("BYTES %.0f %d %d %d\n", summary.bytes / (summary.duration / 1e6),
        summary.requests, summary.errors.status, failed))
end
