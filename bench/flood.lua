-- wrk script for bench/flood: every request carries a new invented API key ("pk_" and 43
-- random base64url characters, the shape of a real one), and the answers are counted by status.
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
local threads = {}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() * 100 + id)
  statuses = {}
end

function request()
  local key = {}
  for i = 1, 43 do
    local n = math.random(#alphabet)
    key[i] = alphabet:sub(n, n)
  end
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer pk_" .. table.concat(key) })
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
  end
  for status, count in pairs(totals) do
    io.write(string.format("status %d %d\n", status, count))
  end
end
