/**
 * Lua scripts run atomically inside Redis (standalone Redis; they touch keys they read from a set,
 * which Redis Cluster would not allow).
 *
 * Key layout under the prefix (default `rs:`): `c:<key>` a cached value, `t:<tag>` the set of value
 * keys carrying a tag, `g:<tag>` the tag's generation counter, bumped by every invalidation.
 */

/**
 * Stores a tagged value unless one of its tags was invalidated since the value was read from its
 * origin: a fill that raced with a write (on any replica) must not put the old data back.
 *
 * KEYS: value key, then n tag-set keys, then n generation keys.
 * ARGV: value, ttl ms, n, check (1 = compare generations), then n expected generations ('' = none).
 * Returns 1 when stored, 0 when a generation moved.
 */
export const SET_TAGGED_SCRIPT = `
local n = tonumber(ARGV[3])
if ARGV[4] == '1' then
  for i = 1, n do
    local current = redis.call('GET', KEYS[1 + n + i]) or ''
    if current ~= ARGV[4 + i] then return 0 end
  end
end
local ttl = tonumber(ARGV[2])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ttl)
for i = 1, n do
  redis.call('SADD', KEYS[1 + i], KEYS[1])
  -- a tag set lives as long as its longest-lived member (PTTL is -1 for a new set)
  if redis.call('PTTL', KEYS[1 + i]) < ttl then redis.call('PEXPIRE', KEYS[1 + i], ttl) end
end
return 1
`

/**
 * Deletes every value carrying one of the tags, bumps the tags' generations, deletes explicit
 * keys, and tells the other replicas, all in one step.
 *
 * KEYS: n tag-set keys, n generation keys, m value keys.
 * ARGV: n, m, generation ttl ms, channel, message.
 */
export const INVALIDATE_SCRIPT = `
local n = tonumber(ARGV[1])
local m = tonumber(ARGV[2])
for i = 1, n do
  local members = redis.call('SMEMBERS', KEYS[i])
  for j = 1, #members, 1000 do
    redis.call('DEL', unpack(members, j, math.min(j + 999, #members)))
  end
  redis.call('DEL', KEYS[i])
  redis.call('INCR', KEYS[n + i])
  redis.call('PEXPIRE', KEYS[n + i], ARGV[3])
end
for i = 1, m do
  redis.call('DEL', KEYS[2 * n + i])
end
redis.call('PUBLISH', ARGV[4], ARGV[5])
return 1
`
