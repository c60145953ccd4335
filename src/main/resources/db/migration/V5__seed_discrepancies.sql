-- Where the seed articles disagree on a fact: each reading with the articles that give it and the
-- words they print (the excerpt trigger checks that each excerpt is in its article's body).

create function pg_temp.add_discrepancy(p_slug text, p_subject_type text, p_subject_key text, p_question text,
                                        p_resolution text) returns void language sql as $$
    insert into discrepancy (slug, subject_type, subject_key, question, resolution)
    values (p_slug, p_subject_type, p_subject_key, p_question, p_resolution);
$$;

-- p_sources: pairs of article slug and the excerpt it prints, flattened: {slug, excerpt, slug, excerpt, ...}
create function pg_temp.add_reading(p_discrepancy text, p_reading text, p_preferred boolean, p_sources text[])
    returns void language plpgsql as $$
declare r bigint; i int;
begin
    insert into discrepancy_reading (discrepancy_id, reading, preferred)
    select d.id, p_reading, p_preferred from discrepancy d where d.slug = p_discrepancy
    returning id into r;
    if r is null then raise exception 'unknown discrepancy %', p_discrepancy; end if;
    for i in 1 .. coalesce(array_length(p_sources, 1), 0) by 2 loop
        insert into discrepancy_source (reading_id, article_id, excerpt)
        select r, a.id, p_sources[i + 1] from article a where a.slug = p_sources[i];
        if not found then raise exception 'unknown article %', p_sources[i]; end if;
    end loop;
end $$;

select pg_temp.add_discrepancy('white-house-meeting-date', 'SUMMIT', 'white-house-meeting-2025-08-18',
       'On what date did Trump meet Zelenskyy and the European leaders in Washington?',
       'Stored as 18 August 2025, the date three of the four reporting articles give (004''s "Monday" is 18 August 2025).');
select pg_temp.add_reading('white-house-meeting-date', '17 August 2025: two days after the 15 August Alaska summit', false,
       array['us-pushes-for-peace-deal', 'Two days later, he met in Washington, D.C., with Ukrainian President Volodymyr Zelenskyy']);
select pg_temp.add_reading('white-house-meeting-date', '18 August 2025', true,
       array['leaders-stress-including-ukraine', 'Trump invited Zelenskyy to Washington for direct talks on August 18',
             'alaska-summit-cautiously-positive', 'The subsequent White House meeting on August 18',
             'trump-says-putin-open-to-security-guarantees', 'met Ukrainian President Volodymyr Zelenskyy and key European leaders at the White House on Monday']);

select pg_temp.add_discrepancy('merz-first-name', 'ACTOR', 'friedrich-merz',
       'What is the German Chancellor''s first name?',
       'Stored as Friedrich Merz, as two of the three articles naming him print it; "Frederik Merz" is kept as an alias.');
select pg_temp.add_reading('merz-first-name', 'Friedrich', true,
       array['us-pushes-for-peace-deal', 'German Chancellor Friedrich Merz',
             'trump-says-putin-open-to-security-guarantees', 'German Chancellor Friedrich Merz']);
select pg_temp.add_reading('merz-first-name', 'Frederik', false,
       array['alaska-summit-cautiously-positive', 'German Chancellor Frederik Merz']);

select pg_temp.add_discrepancy('alaska-summit-agreement', 'SUMMIT', 'alaska-summit-2025-08-15',
       'Did the Alaska summit produce any agreement?',
       'Both readings kept: no overall deal was announced, while points of agreement (notably on security guarantees) were reported.');
select pg_temp.add_reading('alaska-summit-agreement', 'It ended without an agreement', false,
       array['leaders-stress-including-ukraine', 'the summit ended without an agreement, although Trump claimed some progress was made']);
select pg_temp.add_reading('alaska-summit-agreement', 'It produced several points of agreement', false,
       array['alaska-summit-cautiously-positive', 'noting several points of agreement']);

select pg_temp.add_discrepancy('trump-putin-call-timing', 'SUMMIT', 'trump-putin-call-2025-08-18',
       'When did Trump call Putin: during the White House meeting, or after the exchanges with Ukraine and the Europeans?',
       'Both readings kept; the call is dated 18 August after 002. 003 reports only that Leavitt confirmed the call on 19 August.');
select pg_temp.add_reading('trump-putin-call-timing', 'During the 18 August White House meeting', false,
       array['alaska-summit-cautiously-positive', 'including a call to Putin during the August 18 meeting to secure agreement on security guarantees']);
select pg_temp.add_reading('trump-putin-call-timing', 'After the exchanges with Ukraine and the European partners', false,
       array['us-pushes-for-russia-ukraine-dialogue', 'President Trump held a phone call with President Putin after successful exchanges with Ukraine and European partners']);
