-- Rate limits shared by every instance on this database (parley.rate-limit.store=postgresql, the
-- default): one Bucket4j token bucket per API key ('key:<id>') and per client address
-- ('address:<ip>'), each locked with SELECT ... FOR UPDATE while a request takes its token.
-- state is Bucket4j's serialised bucket; expires_at (epoch milliseconds) is when the bucket is
-- full again, after which its row is deleted, since a full bucket is what a new one is.
-- Unlogged: the counters are not worth a WAL write and an fsync per request. A crash empties the
-- table, which only gives every client a full bucket; standbys do not have it, so after a
-- failover the counting starts afresh.
create unlogged table rate_limit_bucket (
    id         varchar(100) primary key,
    state      bytea,
    expires_at bigint
);

create index rate_limit_bucket_expires_at_idx on rate_limit_bucket (expires_at);
