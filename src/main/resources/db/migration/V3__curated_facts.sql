-- Facts curated from the five seeded articles (V2). Nothing here goes beyond what the articles print.
-- Statement offsets are not typed by hand: add_statement() finds the text in the article body, so a
-- quote that is not printed exactly so makes this migration fail.

create function pg_temp.actor_id(p_slug text) returns bigint language plpgsql as $$
declare r bigint;
begin
    select id into r from actor where slug = p_slug;
    if r is null then raise exception 'unknown actor %', p_slug; end if;
    return r;
end $$;

create function pg_temp.article_id(p_slug text) returns bigint language plpgsql as $$
declare r bigint;
begin
    select id into r from article where slug = p_slug;
    if r is null then raise exception 'unknown article %', p_slug; end if;
    return r;
end $$;

create function pg_temp.summit_id(p_slug text) returns bigint language plpgsql as $$
declare r bigint;
begin
    if p_slug is null then return null; end if;
    select id into r from summit where slug = p_slug;
    if r is null then raise exception 'unknown summit %', p_slug; end if;
    return r;
end $$;

create function pg_temp.issue_id(p_code text) returns bigint language plpgsql as $$
declare r bigint;
begin
    select id into r from issue where code = p_code;
    if r is null then raise exception 'unknown issue %', p_code; end if;
    return r;
end $$;

create function pg_temp.add_actor(p_slug text, p_name text, p_kind text, p_title text, p_affiliation text,
                                  p_aliases text[], p_notes text default null) returns bigint language plpgsql as $$
declare r bigint; a text;
begin
    insert into actor (slug, name, kind, title, affiliation_id, notes)
    values (p_slug, p_name, p_kind, p_title,
            case when p_affiliation is null then null else pg_temp.actor_id(p_affiliation) end, p_notes)
    returning id into r;
    foreach a in array coalesce(p_aliases, '{}'::text[]) loop
        insert into actor_alias (actor_id, alias) values (r, a);
    end loop;
    return r;
end $$;

create function pg_temp.add_member(p_group text, p_member text) returns void language sql as $$
    insert into actor_membership (group_id, member_id) values (pg_temp.actor_id(p_group), pg_temp.actor_id(p_member));
$$;

create function pg_temp.add_summit(p_slug text, p_title text, p_kind text, p_status text, p_start date, p_end date,
                                   p_location text, p_lat numeric, p_lon numeric, p_summary text, p_outcome text,
                                   p_sources text[]) returns bigint language plpgsql as $$
declare r bigint; s text;
begin
    insert into summit (slug, title, kind, status, start_date, end_date, location_name, latitude, longitude, summary, outcome)
    values (p_slug, p_title, p_kind, p_status, p_start, p_end, p_location, p_lat, p_lon, p_summary, p_outcome)
    returning id into r;
    foreach s in array coalesce(p_sources, '{}'::text[]) loop
        insert into summit_source (summit_id, article_id) values (r, pg_temp.article_id(s));
    end loop;
    return r;
end $$;

create function pg_temp.add_participant(p_summit text, p_actor text, p_role text) returns void language sql as $$
    insert into summit_participant (summit_id, actor_id, role) values (pg_temp.summit_id(p_summit), pg_temp.actor_id(p_actor), p_role);
$$;

create function pg_temp.add_issue(p_code text, p_name text, p_question text, p_description text default null)
    returns void language sql as $$
    insert into issue (code, name, question, description) values (p_code, p_name, p_question, p_description);
$$;

-- Finds the p_occurrence-th occurrence of p_text in the article body and stores its [start, end) offsets.
create function pg_temp.add_statement(p_article text, p_speaker text, p_text text, p_kind text, p_stated_on date,
                                      p_summit text, p_how_said text, p_issues text[], p_occurrence int default 1)
    returns bigint language plpgsql as $$
declare
    r bigint; art bigint := pg_temp.article_id(p_article); b text; pos int := 0; found int; n int := 0; i text;
begin
    select body into b from article where id = art;
    loop
        found := strpos(substr(b, pos + 1), p_text);
        exit when found = 0;
        n := n + 1;
        pos := pos + found - 1;
        exit when n = p_occurrence;
        pos := pos + 1;
    end loop;
    if n < p_occurrence or found = 0 then
        raise exception 'text not found (occurrence %) in article %: %', p_occurrence, p_article, p_text;
    end if;
    insert into statement (speaker_id, text, kind, stated_on, summit_id, how_said, article_id, start_offset, end_offset)
    values (pg_temp.actor_id(p_speaker), p_text, p_kind, p_stated_on, pg_temp.summit_id(p_summit), p_how_said, art,
            pos, pos + length(p_text))
    returning id into r;
    foreach i in array coalesce(p_issues, '{}'::text[]) loop
        insert into statement_issue (statement_id, issue_id) values (r, pg_temp.issue_id(i));
    end loop;
    return r;
end $$;

-- The statement whose text is exactly p_text (must be unique among seeded statements).
create function pg_temp.statement_id(p_text text) returns bigint language plpgsql as $$
declare r bigint; c int;
begin
    select count(*), min(id) into c, r from statement where text = p_text;
    if c <> 1 then raise exception '% statements with text: %', c, p_text; end if;
    return r;
end $$;

-- Adds a position; if the actor already has one on the issue, the new one supersedes it.
-- Evidence: statements by their exact text, articles by slug. At least one piece is required.
create function pg_temp.add_position(p_actor text, p_issue text, p_stance text, p_summary text, p_valid_from date,
                                     p_statements text[], p_articles text[] default null)
    returns bigint language plpgsql as $$
declare r bigint; prev bigint; t text;
begin
    if coalesce(cardinality(p_statements), 0) + coalesce(cardinality(p_articles), 0) = 0 then
        raise exception 'position % / % has no evidence', p_actor, p_issue;
    end if;
    select p.id into prev from position p
    where p.actor_id = pg_temp.actor_id(p_actor) and p.issue_id = pg_temp.issue_id(p_issue)
      and not exists (select 1 from position n where n.supersedes_id = p.id);
    insert into position (actor_id, issue_id, stance, summary, valid_from, supersedes_id)
    values (pg_temp.actor_id(p_actor), pg_temp.issue_id(p_issue), p_stance, p_summary, p_valid_from, prev)
    returning id into r;
    foreach t in array coalesce(p_statements, '{}'::text[]) loop
        insert into position_evidence (position_id, statement_id) values (r, pg_temp.statement_id(t));
    end loop;
    foreach t in array coalesce(p_articles, '{}'::text[]) loop
        insert into position_evidence (position_id, article_id) values (r, pg_temp.article_id(t));
    end loop;
    return r;
end $$;

-- ===================================================================================================
-- Data
-- ===================================================================================================
