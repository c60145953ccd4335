-- Counts for /stats kept as rows are written, so that the statistics cost the same at a
-- million statements as at seventy-four. Statement-level triggers add and subtract what
-- each INSERT, UPDATE or DELETE changed (from its transition tables); the counts live in
-- the same transaction as the rows they count, so a snapshot sees them agree.

create table record_tally (
    subject text primary key,
    n       bigint not null
);

create table statement_tally_by_speaker (
    speaker_id bigint primary key,
    n          bigint not null
);

create table statement_tally_by_issue (
    issue_id bigint primary key,
    n        bigint not null
);

-- One row per day, and one (day null) for the undated statements.
create table statement_tally_by_day (
    day date,
    n   bigint not null
);
create unique index statement_tally_by_day_key on statement_tally_by_day (day) nulls not distinct;

create function tally_records(subject_name text, delta bigint) returns void
language sql as $$
    insert into record_tally (subject, n) values (subject_name, delta)
    on conflict (subject) do update set n = record_tally.n + excluded.n
$$;

-- Rows of articles, actors, summits, statements and positions.
create function tally_rows() returns trigger
language plpgsql as $$
declare
    delta bigint;
begin
    if tg_op = 'INSERT' then
        execute 'select count(*) from inserted' into delta;
    else
        execute 'select -count(*) from deleted' into delta;
    end if;
    perform tally_records(tg_table_name, delta);
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['article', 'actor', 'summit', 'statement', 'position'] loop
        execute format('create trigger %1$s_tally_on_insert after insert on %1$I referencing new table as inserted '
                       'for each statement execute function tally_rows()', t);
        execute format('create trigger %1$s_tally_on_delete after delete on %1$I referencing old table as deleted '
                       'for each statement execute function tally_rows()', t);
    end loop;
end $$;

-- Statements per speaker and per day: old rows out, new rows in. (Transition tables are
-- visible only in the trigger function's own queries, hence one function per event.)
create function tally_statements_inserted() returns trigger
language plpgsql as $$
begin
    insert into statement_tally_by_speaker (speaker_id, n)
    select speaker_id, count(*) from inserted group by 1 order by 1
    on conflict (speaker_id) do update set n = statement_tally_by_speaker.n + excluded.n;
    insert into statement_tally_by_day (day, n)
    select stated_on, count(*) from inserted group by 1 order by 1
    on conflict (day) do update set n = statement_tally_by_day.n + excluded.n;
    return null;
end $$;

create function tally_statements_updated() returns trigger
language plpgsql as $$
begin
    update statement_tally_by_speaker t set n = t.n - g.n
    from (select speaker_id, count(*) n from before_update group by 1) g
    where t.speaker_id = g.speaker_id;
    update statement_tally_by_day t set n = t.n - g.n
    from (select stated_on, count(*) n from before_update group by 1) g
    where t.day is not distinct from g.stated_on;
    insert into statement_tally_by_speaker (speaker_id, n)
    select speaker_id, count(*) from after_update group by 1 order by 1
    on conflict (speaker_id) do update set n = statement_tally_by_speaker.n + excluded.n;
    insert into statement_tally_by_day (day, n)
    select stated_on, count(*) from after_update group by 1 order by 1
    on conflict (day) do update set n = statement_tally_by_day.n + excluded.n;
    return null;
end $$;

create function tally_statements_deleted() returns trigger
language plpgsql as $$
begin
    update statement_tally_by_speaker t set n = t.n - g.n
    from (select speaker_id, count(*) n from deleted group by 1) g
    where t.speaker_id = g.speaker_id;
    update statement_tally_by_day t set n = t.n - g.n
    from (select stated_on, count(*) n from deleted group by 1) g
    where t.day is not distinct from g.stated_on;
    return null;
end $$;

create trigger statement_tallies_on_insert after insert on statement
    referencing new table as inserted for each statement execute function tally_statements_inserted();
create trigger statement_tallies_on_update after update on statement
    referencing old table as before_update new table as after_update
    for each statement execute function tally_statements_updated();
create trigger statement_tallies_on_delete after delete on statement
    referencing old table as deleted for each statement execute function tally_statements_deleted();

-- Statements per issue.
create function tally_statement_issues() returns trigger
language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into statement_tally_by_issue (issue_id, n)
        select issue_id, count(*) from inserted group by 1 order by 1
        on conflict (issue_id) do update set n = statement_tally_by_issue.n + excluded.n;
    else
        update statement_tally_by_issue t set n = t.n - g.n
        from (select issue_id, count(*) n from deleted group by 1) g
        where t.issue_id = g.issue_id;
    end if;
    return null;
end $$;

create trigger statement_issue_tally_on_insert after insert on statement_issue
    referencing new table as inserted for each statement execute function tally_statement_issues();
create trigger statement_issue_tally_on_delete after delete on statement_issue
    referencing old table as deleted for each statement execute function tally_statement_issues();

-- Positions that supersede another: positions minus these are the ones in force today.
create function tally_superseding() returns trigger
language plpgsql as $$
declare
    delta bigint := 0;
    gone bigint := 0;
begin
    if tg_op in ('INSERT', 'UPDATE') then
        execute 'select count(*) from ' || case tg_op when 'INSERT' then 'inserted' else 'after_update' end
                || ' where supersedes_id is not null' into delta;
    end if;
    if tg_op in ('DELETE', 'UPDATE') then
        execute 'select count(*) from ' || case tg_op when 'DELETE' then 'deleted' else 'before_update' end
                || ' where supersedes_id is not null' into gone;
    end if;
    if delta <> gone then
        perform tally_records('superseding', delta - gone);
    end if;
    return null;
end $$;

create trigger position_superseding_on_insert after insert on position
    referencing new table as inserted for each statement execute function tally_superseding();
create trigger position_superseding_on_update after update on position
    referencing old table as before_update new table as after_update
    for each statement execute function tally_superseding();
create trigger position_superseding_on_delete after delete on position
    referencing old table as deleted for each statement execute function tally_superseding();

-- What is there already.
insert into record_tally (subject, n)
select 'article', count(*) from article
union all select 'actor', count(*) from actor
union all select 'summit', count(*) from summit
union all select 'statement', count(*) from statement
union all select 'position', count(*) from position
union all select 'superseding', count(*) from position where supersedes_id is not null;
insert into statement_tally_by_speaker (speaker_id, n) select speaker_id, count(*) from statement group by 1;
insert into statement_tally_by_day (day, n) select stated_on, count(*) from statement group by 1;
insert into statement_tally_by_issue (issue_id, n) select issue_id, count(*) from statement_issue group by 1;
