-- How many articles print each speaker's words: a statement's sourceCount. Computed per row in
-- every list it was a subquery over all copies of the same words, whose cost grew with the
-- corpus; kept here instead, one row per speaker and text, recounted by statement-level
-- triggers for exactly the groups a write touched.
create table statement_corroboration (
    speaker_id bigint  not null,
    text_md5   text    not null,
    sources    integer not null check (sources > 0),
    primary key (speaker_id, text_md5)
);

create function statement_corroboration_recount(speaker bigint, hash text) returns void
language plpgsql as $$
declare
    counted integer;
begin
    -- Writers of the same words take turns, so that each recount sees the other's rows.
    perform pg_advisory_xact_lock(hashtextextended(speaker || ':' || hash, 1913));
    select count(distinct article_id) into counted
    from statement where speaker_id = speaker and md5(text) = hash;
    if counted = 0 then
        delete from statement_corroboration where speaker_id = speaker and text_md5 = hash;
    else
        insert into statement_corroboration (speaker_id, text_md5, sources) values (speaker, hash, counted)
        on conflict (speaker_id, text_md5) do update set sources = excluded.sources;
    end if;
end $$;

create function statement_corroboration_inserted() returns trigger
language plpgsql as $$
declare
    g record;
begin
    for g in select distinct speaker_id, md5(text) as hash from inserted order by 1, 2 loop
        perform statement_corroboration_recount(g.speaker_id, g.hash);
    end loop;
    return null;
end $$;

create function statement_corroboration_updated() returns trigger
language plpgsql as $$
declare
    g record;
begin
    for g in
        select distinct speaker_id, hash from (
            select speaker_id, md5(text) as hash from before_update
            union
            select speaker_id, md5(text) from after_update
        ) touched order by 1, 2
    loop
        perform statement_corroboration_recount(g.speaker_id, g.hash);
    end loop;
    return null;
end $$;

create function statement_corroboration_deleted() returns trigger
language plpgsql as $$
declare
    g record;
begin
    for g in select distinct speaker_id, md5(text) as hash from deleted order by 1, 2 loop
        perform statement_corroboration_recount(g.speaker_id, g.hash);
    end loop;
    return null;
end $$;

create trigger statement_corroboration_on_insert after insert on statement
    referencing new table as inserted for each statement execute function statement_corroboration_inserted();
create trigger statement_corroboration_on_update after update on statement
    referencing old table as before_update new table as after_update
    for each statement execute function statement_corroboration_updated();
create trigger statement_corroboration_on_delete after delete on statement
    referencing old table as deleted for each statement execute function statement_corroboration_deleted();

insert into statement_corroboration (speaker_id, text_md5, sources)
select speaker_id, md5(text), count(distinct article_id) from statement group by 1, 2;
