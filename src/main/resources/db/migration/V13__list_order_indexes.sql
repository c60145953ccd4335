-- Lists read in their sort order straight from an index, so a page costs the same however
-- many rows match: statements by date (undated last, as btree's default puts nulls), and
-- one speaker's statements by date. The single-column indexes these replace are dropped.
create index statement_list_order_idx on statement (stated_on, id);
create index statement_speaker_order_idx on statement (speaker_id, stated_on, id);
drop index statement_stated_on_idx;
drop index statement_speaker_idx;
