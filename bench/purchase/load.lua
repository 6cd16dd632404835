-- wrk script for bench/purchase: wrk -tTHREADS ... -s load.lua URL -- MODE FILE PHASE THREADS
--   MODE buy: each wrk thread makes its own share of the purchases in FILE (lines "Cookie-header TAB work id"), each
--             with an Idempotency-Key of its own (PHASE names the run, so two runs never share a key); 201 counts.
--   MODE me:  signed-in GET /api/me, cycling through the Cookie headers in FILE; 200 counts.
-- Prints "answered=N refused=N ran_out=N seconds=S p50=MS p99=MS" when done. A thread that runs out of purchases
-- asks for a path that does not exist: ran_out says the file was too short for the run.
local threads = {}

function setup(thread)
    thread:set("id", #threads)
    threads[#threads + 1] = thread
end

function init(args)
    mode, phase = args[1], args[3]
    lines, next, answered, refused, ran_out = {}, 0, 0, 0, 0
    local n = 0
    for line in io.lines(args[2]) do
        if mode == "me" or n % tonumber(args[4]) == id then
            local cookie, work = line:match("^([^\t]+)\t?(%d*)$")
            lines[#lines + 1] = { cookie = cookie, work = work }
        end
        n = n + 1
    end
end

function request()
    next = next + 1
    if mode == "me" then
        return wrk.format("GET", "/api/me", { ["Cookie"] = lines[(next - 1) % #lines + 1].cookie })
    end
    local line = lines[next]
    if line == nil then
        ran_out = ran_out + 1
        return wrk.format("GET", "/bench-ran-out-of-purchases")
    end
    return wrk.format("POST", "/api/purchases", {
        ["Cookie"] = line.cookie,
        ["Content-Type"] = "application/json",
        ["Idempotency-Key"] = phase .. "-" .. id .. "-" .. next,
    }, '{"work":' .. line.work .. '}')
end

function response(status, headers, body)
    if status == (mode == "me" and 200 or 201) then
        answered = answered + 1
    else
        refused = refused + 1
        if refused <= 3 then
            io.stderr:write("answered " .. status .. ": " .. body:sub(1, 300) .. "\n")
        end
    end
end

function done(summary, latency, requests)
    local a, r, o = 0, 0, 0
    for _, thread in ipairs(threads) do
        a, r, o = a + thread:get("answered"), r + thread:get("refused"), o + thread:get("ran_out")
    end
    io.write(string.format("answered=%d refused=%d ran_out=%d seconds=%.3f p50=%.2f p99=%.2f\n", a, r, o,
        summary.duration / 1e6, latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
