-- A request holding an Idempotency-Key holds it for a short lease: a retry after the first
-- request died (a crash, a lost connection) takes the key over once the lease has run out,
-- instead of being told "in progress" for a day. Each claim has its own token, so a request
-- whose lease was taken over cannot complete the claim of the retry.
-- A claim's lease starts when its row was created (a new claim is a new row).
alter table idempotency_record add column claim uuid;
