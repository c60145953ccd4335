-- Shifts (positions that supersede another) in list order straight from an index: the chains'
-- first positions, which come early, no longer have to be stepped over.
create index position_shift_order_idx on position (valid_from, id) where supersedes_id is not null;
