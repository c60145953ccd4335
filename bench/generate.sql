-- Grows a migrated Parley database (seed only) to bench.size statements, set-based, from the seed's
-- own texts. Run by bench/generate through org.parley.bench.GenerateCorpus, which executes the parts
-- between "-- step:" lines one after another on one connection and prints how long each took.
--
-- Shape at SIZE statements: SIZE/10 articles, SIZE/500 actors, SIZE/50 summits (2 participants
-- each), SIZE/10 positions (chains per actor and issue, one piece of evidence each), 1-2 issues per
-- statement. Generated rows get explicit ids after the seed's (so rows can refer to each other by
-- formula); the sequences are moved past them at the end. The seed's own rows are not touched.
--
-- Articles: each body is made of the seed's paragraphs (lines of the seed bodies; one seed article
-- separates paragraphs with single newlines, the others with blank lines), joined by blank lines:
-- paragraphs that carry seed statements, as many as it takes to hold the article's 10 statements,
-- then one paragraph without statements, then one line naming the article (so that no two bodies,
-- and no two SHA-256, are alike). Statements are the seed's texts at their true character offsets in
-- those bodies; the span trigger checks every one.

-- step: parameters
set maintenance_work_mem = '256MB';
set work_mem = '64MB';
set synchronous_commit = off;
do $$
begin
    if exists (select 1 from article where slug like 'bench-article-%') then
        raise exception 'this database already holds a generated corpus';
    end if;
end $$;
create temp table p as
select size,
       (size + 9) / 10                          as articles,
       greatest(1, size / 500)                  as actors,
       greatest(1, size / 50)                   as summits,
       size / 10                                as positions,
       (select max(id) from article)            as a0,
       (select max(id) from actor)              as c0,
       (select max(id) from summit)             as m0,
       (select max(id) from statement)          as s0,
       (select max(id) from position)           as p0,
       (select count(*) from issue)::int        as issues,
       1461                                     as days,   -- four years of dates
       date '2022-01-01'                        as day0,
       clock_timestamp()                        as began
from (select current_setting('bench.size')::bigint as size) x;
select size, articles, actors, summits, positions from p;

-- step: seed paragraphs and statements
-- Lines of the seed bodies with their character offsets.
create temp table para as
select a.id as article_id, l.ord::int as ord, l.line,
       (sum(length(l.line) + 1) over (partition by a.id order by l.ord) - length(l.line) - 1)::int as off
from p, article a, regexp_split_to_table(a.body, E'\n') with ordinality l(line, ord)
where a.id <= p.a0;
-- Each seed statement in the paragraph that holds it, at its offset within the paragraph.
create temp table occ as
select s.id as seed_id, s.speaker_id, s.text, s.kind, s.how_said, pa.article_id, pa.ord,
       s.start_offset - pa.off as rel
from p, statement s
join para pa on pa.article_id = s.article_id and s.start_offset >= pa.off
            and s.end_offset <= pa.off + length(pa.line)
where s.id <= p.s0;
-- The paragraphs that hold statements, numbered from 0, with how many they hold.
create temp table spara as
select (row_number() over (order by pa.article_id, pa.ord) - 1)::int as i, pa.article_id, pa.ord, pa.line,
       length(pa.line) as len, (select count(*) from occ o where o.article_id = pa.article_id and o.ord = pa.ord)::int as cnt
from para pa
where exists (select 1 from occ o where o.article_id = pa.article_id and o.ord = pa.ord);
-- Their statements, numbered from 0 within each paragraph in reading order.
create temp table socc as
select sp.i as para, (row_number() over (partition by sp.i order by o.rel, o.seed_id) - 1)::int as k, o.*
from occ o join spara sp using (article_id, ord);
-- Paragraphs without statements (not the one-word "Advertisement" lines), numbered from 0.
create temp table filler as
select (row_number() over (order by pa.article_id, pa.ord) - 1)::int as i, pa.line
from para pa
where length(pa.line) >= 80
  and not exists (select 1 from occ o where o.article_id = pa.article_id and o.ord = pa.ord);
-- Steps coprime to the number of statement paragraphs: slot j of an article takes paragraph
-- (base + j * step) mod n, so that an article never repeats a paragraph.
create temp table unit as
select (row_number() over (order by k) - 1)::int as i, k
from generate_series(1, (select count(*) from spara)::int) k
where gcd(k, (select count(*) from spara)::int) = 1;
-- The first issue of each seed statement (each has at least one) and a second one where it has it.
create temp table seed_issue as
select si.statement_id as seed_id, min(si.issue_id) as first_issue,
       (array_agg(si.issue_id order by si.issue_id))[2] as second_issue
from p, statement_issue si
where si.statement_id <= p.s0
group by si.statement_id;
create temp table iss as
select (row_number() over (order by id) - 1)::int as i, id from issue;
analyze para, occ, spara, socc, filler, unit, seed_issue, iss;
select (select count(*) from para where line <> '') as paragraphs, (select count(*) from spara) as with_statements,
       (select count(*) from socc) as statements_placed, (select count(*) from filler) as fillers;

-- step: actors
insert into actor (id, slug, name, kind, title, affiliation_id, notes)
select p.c0 + 1 + j, t.slug || '-b' || (j + 1), t.name || ' ' || (j / t.n + 2), t.kind, t.title, t.affiliation_id,
       'Generated for the scale benchmark.'
from p, generate_series(0, p.actors - 1) j
join (select (row_number() over (order by id) - 1)::int as i, count(*) over ()::int as n, a.*
      from actor a where a.kind <> 'GROUP') t on t.i = j % t.n;
insert into actor_alias (actor_id, alias)
select g.id, al.alias || ' ' || substring(g.name from '[0-9]+$')
from p, actor g
join actor t on g.slug = t.slug || '-b' || (g.id - (select c0 from p))
join actor_alias al on al.actor_id = t.id
where g.id > p.c0;

-- step: summits
insert into summit (id, slug, title, kind, status, start_date, end_date, location_name, latitude, longitude, summary, outcome)
select p.m0 + 1 + s, 'bench-summit-' || (s + 1), t.title || ' (' || (s + 1) || ')', t.kind,
       case when s % 20 = 7 then 'CANCELLED' else 'HELD' end,
       p.day0 + (s * p.days / p.summits)::int,
       p.day0 + (s * p.days / p.summits)::int + case when t.kind = 'SUMMIT' then 1 else 0 end,
       t.location_name, t.latitude, t.longitude, t.summary, t.outcome
from p, generate_series(0, p.summits - 1) s
join (select (row_number() over (order by id) - 1)::int as i, count(*) over ()::int as n, m.*
      from summit m) t on t.i = s % t.n;
-- Two participants each, drawn from all actors (seed and generated).
with pool as (select (row_number() over (order by id) - 1)::int as i, count(*) over ()::int as n, id from actor)
insert into summit_participant (summit_id, actor_id, role)
select p.m0 + 1 + s, pool.id, case when r = 0 then 'HOST' else 'PARTICIPANT' end
from p, generate_series(0, p.summits - 1) s, generate_series(0, 1) r, (select count(*)::int as n from actor) c
join pool on true
where pool.i = ((s * 31) + case when r = 0 then 0 else 1 + s % (c.n - 1) end) % c.n;

-- step: article slots
-- Slot j of generated article g (1-based) holds statement paragraph (g * 17 + j * step) mod n;
-- an article keeps slots until they hold its statements (10; fewer in the last article if
-- SIZE is not a multiple of 10). off = the slot's character offset in the body.
create temp table slot as
with raw as (
    select g, j, ((g * 17 + j * u.k) % ns.n)::int as para,
           least(10, p.size - (g - 1) * 10)::int as need
    from p, generate_series(1, p.articles) g, generate_series(0, 9) j,
         (select count(*)::int as n from spara) ns, (select count(*)::int as n from unit) nu
    join unit u on true
    where u.i = (g / ns.n) % nu.n
), counted as (
    select r.*, sp.len, coalesce(sum(sp.cnt) over (partition by r.g order by r.j
                                  rows between unbounded preceding and 1 preceding), 0)::int as before
    from raw r join spara sp on sp.i = r.para
)
select g, j, para, need, before,
       coalesce(sum(len + 2) over (partition by g order by j rows between unbounded preceding and 1 preceding), 0)::int as off
from counted
where before < need;
create index on slot (g);
analyze slot;
select count(*) as slots, round(count(*)::numeric / count(distinct g), 2) as paragraphs_per_article from slot;

-- step: articles
insert into article (id, slug, title, outlet, url, published_on, language, body, sha256, source_file, notes)
select p.a0 + b.g, 'bench-article-' || b.g, t.title || ' (' || b.g || ')',
       (array['Info Finance', 'Kyiv Ledger', 'Baltic Review', 'Evening Courier', 'Wire Desk'])[1 + b.g % 5],
       null, p.day0 + ((b.g - 1) * p.days / p.articles)::int, 'en', b.body,
       encode(sha256(convert_to(b.body, 'UTF8')), 'hex'), null, null
from p, (
    select s.g, min(sp.article_id) filter (where s.j = 0) as first_seed,
           string_agg(sp.line, E'\n\n' order by s.j) || E'\n\n' || f.line || E'\n\n'
               || 'Parley benchmark corpus, article ' || s.g || '.' as body
    from slot s
    join spara sp on sp.i = s.para
    join filler f on f.i = s.g % (select count(*) from filler)
    group by s.g, f.line
) b
join article t on t.id = b.first_seed;

-- step: statements
-- Statement n (0-based) is number (n % 10) of article n / 10 + 1. A quarter keep the seed speaker,
-- the rest are spread over the generated actors; a fifth belong to a summit (and are dated on its
-- day), a tenth are undated, the others are dated on or up to two days before the article.
create temp table gs as
select x.n, x.g, o.seed_id, x.off + o.rel as start_offset, x.d, x.m
from (
    select s.g, s.off, o.para, o.k, (s.g - 1) * 10 + s.before + o.k as n,
           ((s.g - 1) * p.days / p.articles)::int as d,
           least(p.summits - 1, ((s.g - 1) * p.days / p.articles) * p.summits / p.days
                 + (((s.g - 1) * 10 + s.before + o.k) / 5) % greatest(1, p.summits / p.days)) as m
    from p, slot s join socc o on o.para = s.para
    where s.before + o.k < s.need
) x
join socc o on o.para = x.para and o.k = x.k;
analyze gs;
-- sourceCount's tallies (V14) are recounted per speaker and text by a statement-level trigger that
-- locks each group it touches: a million groups in one insert would exhaust the lock table. The
-- trigger is off for this insert and the tallies are counted again, set-based, right after it.
alter table statement disable trigger statement_corroboration_on_insert;
insert into statement (id, speaker_id, text, kind, stated_on, summit_id, how_said, article_id, start_offset, end_offset)
select p.s0 + 1 + gs.n,
       case when gs.n % 4 = 0 then o.speaker_id else p.c0 + 1 + ((gs.n * 2654435761) % 4294967291) % p.actors end,
       o.text, o.kind,
       case when gs.n % 5 = 0 then p.day0 + (gs.m * p.days / p.summits)::int
            when gs.n % 10 = 9 then null
            else p.day0 + gs.d - (gs.n % 3)::int end,
       case when gs.n % 5 = 0 then p.m0 + 1 + gs.m end,
       o.how_said, p.a0 + gs.g, gs.start_offset, gs.start_offset + length(o.text)
from p, gs join occ o on o.seed_id = gs.seed_id
order by gs.n;
alter table statement enable trigger statement_corroboration_on_insert;
delete from statement_corroboration;
insert into statement_corroboration (speaker_id, text_md5, sources)
select speaker_id, md5(text), count(distinct article_id) from statement group by 1, 2;

-- step: statement issues
-- The seed statement's first issue; every third statement also its second one, or else one of
-- the 14 in turn.
insert into statement_issue (statement_id, issue_id)
select p.s0 + 1 + gs.n, si.first_issue
from p, gs join seed_issue si on si.seed_id = gs.seed_id
union
select p.s0 + 1 + gs.n, coalesce(si.second_issue, iss.id)
from p, gs join seed_issue si on si.seed_id = gs.seed_id, iss
where gs.n % 3 = 0 and iss.i = (gs.n / 3) % p.issues;

-- step: summit sources
-- Each summit is sourced by the first article that prints a statement made at it.
insert into summit_source (summit_id, article_id)
select distinct on (st.summit_id) st.summit_id, st.article_id
from p, statement st
where st.id > p.s0 and st.summit_id is not null
order by st.summit_id, st.id;

-- step: positions
-- Chains per (generated actor, issue): position n (0-based) is link n / pairs of pair n % pairs,
-- superseding link n / pairs - 1, a year (give or take) later. Inserted link by link, so that the
-- chain trigger finds the superseded position.
do $$
declare
    pr p%rowtype;
    pairs bigint;
    lvl bigint;
begin
    select * into pr from p;
    pairs := pr.actors * pr.issues;
    for lvl in 0 .. greatest(0, (pr.positions - 1) / pairs) loop
        insert into position (id, actor_id, issue_id, stance, summary, valid_from, supersedes_id)
        select pr.p0 + 1 + n, pr.c0 + 1 + (n % pairs) / pr.issues, iss.id,
               (array['SUPPORTS', 'OPPOSES', 'CONDITIONAL', 'UNCLEAR'])[1 + ((n % pairs) * 7 + lvl) % 4],
               t.summary, pr.day0 + (lvl * 365 + ((n % pairs) * 37) % 300)::int,
               case when lvl > 0 then pr.p0 + 1 + n - pairs end
        from generate_series(lvl * pairs, least(pr.positions, (lvl + 1) * pairs) - 1) n
        join iss on iss.i = (n % pairs) % pr.issues
        join (select (row_number() over (order by id) - 1)::int as i, count(*) over ()::int as c, summary
              from position where id <= pr.p0) t on t.i = n % t.c
        order by n;
        -- The chain trigger's query was planned while the table held the seed's few rows (a
        -- sequential scan then); fresh statistics make it replan to an index lookup.
        analyze position;
        raise notice 'link % of each chain: % s', lvl + 1, round(extract(epoch from clock_timestamp() - statement_timestamp())::numeric, 1);
    end loop;
end $$;

-- step: position evidence
-- One piece of evidence each: a statement of the actor on the issue if there is one, else one of
-- the actor's statements. (Temporary tables get no statistics unless analyzed; without them the
-- planner joins these by nested loops.)
create temp table by_actor_issue as
select st.speaker_id, si.issue_id, st.id,
       (row_number() over (partition by st.speaker_id, si.issue_id order by st.id) - 1)::int as r
from p, statement st join statement_issue si on si.statement_id = st.id
where st.id > p.s0 and st.speaker_id > p.c0;
create temp table by_actor as
select st.speaker_id, st.id, (row_number() over (partition by st.speaker_id order by st.id) - 1)::int as r
from p, statement st
where st.id > p.s0 and st.speaker_id > p.c0;
create temp table count_ai as
select speaker_id, issue_id, count(*)::int as c from by_actor_issue group by 1, 2;
create temp table count_a as
select speaker_id, count(*)::int as c from by_actor group by 1;
analyze by_actor_issue, by_actor, count_ai, count_a;
insert into position_evidence (position_id, statement_id)
select po.id, coalesce(ai.id, a.id)
from (
    select po.id, po.actor_id, po.issue_id,
           ((po.id - p.p0 - 1) % cai.c)::int as rai, ((po.id - p.p0 - 1) % ca.c)::int as ra
    from p, position po
    left join count_ai cai on cai.speaker_id = po.actor_id and cai.issue_id = po.issue_id
    left join count_a ca on ca.speaker_id = po.actor_id
    where po.id > p.p0
) po
left join by_actor_issue ai on ai.speaker_id = po.actor_id and ai.issue_id = po.issue_id and ai.r = po.rai
left join by_actor a on a.speaker_id = po.actor_id and a.r = po.ra
where coalesce(ai.id, a.id) is not null;

-- step: sequences
select setval(pg_get_serial_sequence('article', 'id'), (select max(id) from article)) as article,
       setval(pg_get_serial_sequence('actor', 'id'), (select max(id) from actor)) as actor,
       setval(pg_get_serial_sequence('summit', 'id'), (select max(id) from summit)) as summit,
       setval(pg_get_serial_sequence('statement', 'id'), (select max(id) from statement)) as statement,
       setval(pg_get_serial_sequence('position', 'id'), (select max(id) from position)) as position;

-- step: vacuum analyze
vacuum (analyze);

-- step: summary
select (select count(*) from article) as articles, (select count(*) from actor) as actors,
       (select count(*) from summit) as summits, (select count(*) from summit_participant) as participants,
       (select count(*) from summit_source) as summit_sources, (select count(*) from statement) as statements,
       (select count(*) from statement_issue) as statement_issues, (select count(*) from position) as positions,
       (select count(*) from position_evidence) as evidence;
select pg_size_pretty(pg_database_size(current_database())) as database_size,
       pg_size_pretty(pg_total_relation_size('statement')) as statement_table,
       pg_size_pretty(pg_total_relation_size('article')) as article_table,
       round(extract(epoch from clock_timestamp() - (select began from p))::numeric, 1) as generation_seconds;
