-- Idempotency-Key on POST: the first response to a key is stored and replayed for retries of
-- the same request (same method, path and body); a key is remembered for 24 hours.
create table idempotency_record (
    owner         varchar(100)  not null,
    key           varchar(200)  not null,
    request_hash  varchar(64)   not null,
    status        integer,
    content_type  varchar(200),
    location      varchar(2000),
    etag          varchar(200),
    body          bytea,
    created_at    timestamp(6) with time zone not null default now(),
    primary key (owner, key)
);
create index idempotency_record_created_at_idx on idempotency_record (created_at);
