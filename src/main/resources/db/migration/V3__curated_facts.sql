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

-- Article slugs (see SeedArticles.java):
--   000 us-pushes-for-peace-deal                      001 leaders-stress-including-ukraine
--   002 alaska-summit-cautiously-positive             003 us-pushes-for-russia-ukraine-dialogue
--   004 trump-says-putin-open-to-security-guarantees

-- ---------------------------------------------------------------------------------------------------
-- Issues
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_issue('ceasefire',             'Ceasefire',
       'Should a full ceasefire be in place before a peace settlement is negotiated?');
select pg_temp.add_issue('security-guarantees',   'Security guarantees for Ukraine',
       'Should Ukraine receive security guarantees (such as Article 5-like guarantees from the U.S. and European allies) as part of a peace settlement?');
select pg_temp.add_issue('territory',             'Territorial changes',
       'Should Ukraine accept territorial changes (ceding or swapping territory with Russia) as part of a peace settlement?');
select pg_temp.add_issue('nato-membership',       'Ukraine''s NATO membership',
       'Should Ukraine become a member of NATO?');
select pg_temp.add_issue('troop-deployment',      'U.S. troop deployment to Ukraine',
       'Should the United States send its own troops to Ukraine as part of a peace arrangement?');
select pg_temp.add_issue('prisoner-exchanges',    'Prisoner exchanges',
       'Should prisoner exchanges be part of the peace process?',
       'Raised only in 002''s own analysis, which counts prisoner exchanges among incremental measures that could lay the groundwork for a lasting resolution; no actor''s stance is reported.');
select pg_temp.add_issue('reconstruction',        'Reconstruction',
       'Should reconstruction commitments for Ukraine be part of a peace settlement?',
       'Raised only in 002''s own analysis, which counts reconstruction commitments among incremental measures that could lay the groundwork for a lasting resolution; no actor''s stance is reported.');
select pg_temp.add_issue('peacekeeping-force',    'Peacekeeping force',
       'Should a peacekeeping force (e.g. European forces "policing" a deal) be deployed in Ukraine to enforce a peace settlement?',
       'Trump backed European efforts to "police" any peace deal (002); 002''s own analysis also lists the deployment of a peacekeeping force among possible incremental measures.');
select pg_temp.add_issue('ukraine-at-the-table',  'Ukraine''s participation in negotiations',
       'Must Ukraine take part in any negotiations that decide its future?');
select pg_temp.add_issue('direct-talks',          'Direct Putin–Zelenskyy talks',
       'Should Putin and Zelenskyy meet directly, bilaterally or in a trilateral summit with Trump?');
select pg_temp.add_issue('pressure-on-russia',    'Pressure on Russia',
       'Should pressure on Russia be part of the approach to ending the war?');
select pg_temp.add_issue('negotiated-settlement', 'Negotiated settlement',
       'Should the war be ended through dialogue, diplomacy and a negotiated settlement?');
select pg_temp.add_issue('civilian-exchanges',    'Civilian exchanges',
       'Should exchanges of civilians be part of a peace settlement?',
       'European participants at the White House meeting highlighted civilian exchanges as an unresolved issue (002).');
select pg_temp.add_issue('federal-autonomy',      'Federal autonomy for Ukrainian regions',
       'Should Ukrainian regions be granted a degree of federal autonomy as part of a peace settlement?',
       'Raised only in 002''s own analysis: a degree of federal autonomy for Ukrainian regions and the preservation of democratic governance may help address Russian concerns; no actor''s stance is reported.');

-- ---------------------------------------------------------------------------------------------------
-- Actors: states
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_actor('united-states',  'United States',  'STATE', null, null,
       array['United States', 'U.S.', 'US', 'America', 'Washington'],
       '"Washington" is used for the U.S. government in 000 and 003 ("Washington''s efforts", "new diplomatic moves from Washington").');
select pg_temp.add_actor('russia',         'Russia',         'STATE', null, null,
       array['Russia', 'Russian Federation', 'Moscow'],
       '"Russian Federation" in 001; "Moscow" stands for the Russian side in 002 and 003.');
select pg_temp.add_actor('ukraine',        'Ukraine',        'STATE', null, null,
       array['Ukraine', 'Kyiv'],
       '"Kyiv" stands for the Ukrainian side in 002 and 003.');
select pg_temp.add_actor('france',         'France',         'STATE', null, null, array['France']);
select pg_temp.add_actor('germany',        'Germany',        'STATE', null, null, array['Germany']);
select pg_temp.add_actor('united-kingdom', 'United Kingdom', 'STATE', null, null,
       array['United Kingdom', 'Britain', 'U.K.', 'UK']);
select pg_temp.add_actor('italy',          'Italy',          'STATE', null, null, array['Italy'],
       'Named only through its Prime Minister ("Italian Prime Minister", 002 and 004).');
select pg_temp.add_actor('finland',        'Finland',        'STATE', null, null, array['Finland']);
select pg_temp.add_actor('poland',         'Poland',         'STATE', null, null, array['Poland']);
select pg_temp.add_actor('india',          'India',          'STATE', null, null, array['India']);
select pg_temp.add_actor('japan',          'Japan',          'STATE', null, null, array['Japan']);
select pg_temp.add_actor('cambodia',       'Cambodia',       'STATE', null, null, array['Cambodia']);
select pg_temp.add_actor('thailand',       'Thailand',       'STATE', null, null, array['Thailand']);
select pg_temp.add_actor('malaysia',       'Malaysia',       'STATE', null, null, array['Malaysia'],
       'Hosted the dialogue between Cambodia and Thailand (000).');
select pg_temp.add_actor('pakistan',       'Pakistan',       'STATE', null, null, array['Pakistan'],
       'Named only in Rubio''s quote ("We''ve seen it in India-Pakistan", 000).');
select pg_temp.add_actor('rwanda',         'Rwanda',         'STATE', null, null, array['Rwanda'],
       'Named only in Rubio''s quote (000).');
select pg_temp.add_actor('dr-congo',       'Democratic Republic of the Congo', 'STATE', null, null,
       array['Democratic Republic of the Congo', 'DRC'],
       'Named only in Rubio''s quote (000): "the DRC [Democratic Republic of the Congo]".');

-- ---------------------------------------------------------------------------------------------------
-- Actors: organisations (affiliations before the people that reference them)
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_actor('nato',                           'NATO',                        'ORGANIZATION', null, null,
       array['NATO'],
       'Its collective defence clause (Article 5) is the model for the guarantees discussed (000, 001, 004).');
select pg_temp.add_actor('european-union',                 'European Union',              'ORGANIZATION', null, null,
       array['European Union', 'EU'],
       'The closing summary of 001 says "the European Union and its allies" issued the joint statement that the body of 001 attributes to the leaders of Britain, France, Germany, Poland, Finland and the EU Commission.');
select pg_temp.add_actor('european-commission',            'European Commission',         'ORGANIZATION', null, 'european-union',
       array['European Commission', 'EU Commission']);
select pg_temp.add_actor('india-external-affairs-ministry', 'External Affairs Ministry (India)', 'ORGANIZATION', null, 'india',
       array['India’s External Affairs Ministry', 'External Affairs Ministry'],
       'Printed as "India’s External Affairs Ministry" (000).');
select pg_temp.add_actor('us-department-of-defence',       'US Department of Defence',    'ORGANIZATION', null, 'united-states',
       array['US Department of Defence', 'Department of Defence'],
       '004 cites it for the two-part format of the 18 August White House talks. Spelled "Defence" as printed.');
select pg_temp.add_actor('white-house',                    'White House',                 'ORGANIZATION', null, 'united-states',
       array['White House'],
       'The U.S. presidential administration as cited in 003 ("According to the White House, ...").');
select pg_temp.add_actor('biden-administration',           'Biden Administration',        'ORGANIZATION', null, 'united-states',
       array['Biden Administration'],
       'Named only in 002: Trump and Putin expressed concern over its perceived anti-Russian policies, particularly regarding the 2020 US Presidential election.');

-- ---------------------------------------------------------------------------------------------------
-- Actors: people
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_actor('donald-trump',         'Donald Trump',         'PERSON', 'U.S. President',                 'united-states',
       array['Donald Trump', 'Trump']);
select pg_temp.add_actor('vladimir-putin',       'Vladimir Putin',       'PERSON', 'Russian President',              'russia',
       array['Vladimir Putin', 'Putin']);
select pg_temp.add_actor('volodymyr-zelenskyy',  'Volodymyr Zelenskyy',  'PERSON', 'Ukrainian President',            'ukraine',
       array['Volodymyr Zelenskyy', 'Zelenskyy', 'Volodymyr Zelensky', 'Zelensky'],
       'Spelled "Zelenskyy" in 000, 001 and 004, "Zelensky" in 002 and 003.');
select pg_temp.add_actor('emmanuel-macron',      'Emmanuel Macron',      'PERSON', 'French President',               'france',
       array['Emmanuel Macron', 'Macron']);
select pg_temp.add_actor('friedrich-merz',       'Friedrich Merz',       'PERSON', 'German Chancellor',              'germany',
       array['Friedrich Merz', 'Frederik Merz', 'Merz'],
       'Spelled "Friedrich Merz" in 000 and 004 but "Frederik Merz" in 002; stored as Friedrich Merz.');
select pg_temp.add_actor('keir-starmer',         'Keir Starmer',         'PERSON', 'UK Prime Minister',              'united-kingdom',
       array['Keir Starmer'],
       '"United Kingdom Prime Minister" in 000, "UK Prime Minister" in 004; 002 mentions the "UK Prime Minister" without naming him.');
select pg_temp.add_actor('steve-witkoff',        'Steve Witkoff',        'PERSON', 'U.S. special envoy',             'united-states',
       array['Steve Witkoff', 'Steven Witkoff'],
       '"Steve Witkoff" in 000, "Special Envoy Steven Witkoff" in 003.');
select pg_temp.add_actor('marco-rubio',          'Marco Rubio',          'PERSON', 'U.S. Secretary of State',        'united-states',
       array['Marco Rubio', 'Rubio']);
select pg_temp.add_actor('jd-vance',             'J.D. Vance',           'PERSON', 'U.S. Vice President',            'united-states',
       array['J.D. Vance'],
       'Named in 003 ("Vice President J.D. Vance"); 001 refers to him only as "the US vice president".');
select pg_temp.add_actor('karoline-leavitt',     'Karoline Leavitt',     'PERSON', 'White House Press Secretary',    'white-house',
       array['Karoline Leavitt', 'Leavitt']);
select pg_temp.add_actor('mark-rutte',           'Mark Rutte',           'PERSON', 'NATO Secretary General',         'nato',
       array['Mark Rutte', 'Rutte'],
       'Also called "NATO chief" (004).');
select pg_temp.add_actor('ursula-von-der-leyen', 'Ursula von der Leyen', 'PERSON', 'European Commission President',  'european-commission',
       array['Ursula von der Leyen'],
       '"European Commission President" and "EU Commission President" (004).');
select pg_temp.add_actor('giorgia-meloni',       'Giorgia Meloni',       'PERSON', 'Italian Prime Minister',         'italy',
       array['Giorgia Meloni'],
       'Named in 004; 002 mentions the "Italian Prime Minister" without naming her.');
select pg_temp.add_actor('alexander-stubb',      'Alexander Stubb',      'PERSON', 'Finnish President',              'finland',
       array['Alexander Stubb']);
select pg_temp.add_actor('david-lammy',          'David Lammy',          'PERSON', 'UK Foreign Secretary',           'united-kingdom',
       array['David Lammy']);
select pg_temp.add_actor('randhir-jaiswal',      'Randhir Jaiswal',      'PERSON', 'Spokesperson for India''s External Affairs Ministry', 'india-external-affairs-ministry',
       array['Randhir Jaiswal']);
select pg_temp.add_actor('shigeru-ishiba',       'Shigeru Ishiba',       'PERSON', 'Japanese Prime Minister',        'japan',
       array['Shigeru Ishiba']);

-- ---------------------------------------------------------------------------------------------------
-- Actors: groups (after their members)
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_actor('european-joint-statement-signatories',
       'Leaders of Britain, France, Germany, Poland, Finland and the EU Commission (joint statement)', 'GROUP', null, null,
       array['Leaders of Britain, France, Germany, Poland, Finland and the EU Commission'],
       'The issuers of the joint statement in 001, which also calls them "the leaders" and "the allies". 001''s closing summary says instead "the European Union and its allies". Quotes that 001 attributes to "European leaders" in the same passage are filed under this group.');
select pg_temp.add_member('european-joint-statement-signatories', 'united-kingdom');
select pg_temp.add_member('european-joint-statement-signatories', 'france');
select pg_temp.add_member('european-joint-statement-signatories', 'germany');
select pg_temp.add_member('european-joint-statement-signatories', 'poland');
select pg_temp.add_member('european-joint-statement-signatories', 'finland');
select pg_temp.add_member('european-joint-statement-signatories', 'european-commission');

select pg_temp.add_actor('european-leaders-white-house',
       'European leaders at the White House meeting of 18 August 2025', 'GROUP', null, null,
       array['European leaders at the White House meeting'],
       'Members as listed: 000 names Macron, Merz and Starmer; 002 the UK Prime Minister, Macron, the Italian Prime Minister and Merz; 004 Starmer, Macron, Meloni, Merz, Stubb and von der Leyen. NATO Secretary General Mark Rutte attended too but 002 lists him apart from the European leaders, so he is not a member. 002 calls the group "European participants".');
select pg_temp.add_member('european-leaders-white-house', 'keir-starmer');
select pg_temp.add_member('european-leaders-white-house', 'emmanuel-macron');
select pg_temp.add_member('european-leaders-white-house', 'friedrich-merz');
select pg_temp.add_member('european-leaders-white-house', 'giorgia-meloni');
select pg_temp.add_member('european-leaders-white-house', 'alexander-stubb');
select pg_temp.add_member('european-leaders-white-house', 'ursula-von-der-leyen');

-- ---------------------------------------------------------------------------------------------------
-- Summits (negotiation events: held, planned or proposed) and their participants
-- ---------------------------------------------------------------------------------------------------
select pg_temp.add_summit('alaska-summit-2025-08-15', 'Trump–Putin summit in Anchorage, Alaska', 'SUMMIT', 'HELD',
       '2025-08-15', '2025-08-15', 'Anchorage, Alaska', 61.2181, -149.9003,
       'Trump met Putin for three hours in Anchorage, Alaska, on 15 August to help broker a deal (000); 002 places the summit at the largest US military facility in Alaska. 001 says it ended without an agreement although Trump claimed some progress; 002 says it concluded on a cautiously positive note, with several points of agreement but some key issues unresolved. 001 cites a CNN report on the summit''s end dated August 13, 2025, two days before the summit.',
       'No agreement and no ceasefire announced. Putin agreed in principle to let the U.S. and European allies offer Ukraine Article-5-like security guarantees, details to be worked out (000, 001, 002). Both leaders envisaged a follow-up summit, Putin suggesting Moscow (002).',
       array['us-pushes-for-peace-deal', 'leaders-stress-including-ukraine', 'alaska-summit-cautiously-positive',
             'trump-says-putin-open-to-security-guarantees']);
select pg_temp.add_participant('alaska-summit-2025-08-15', 'united-states',  'HOST');
select pg_temp.add_participant('alaska-summit-2025-08-15', 'donald-trump',   'HOST');
select pg_temp.add_participant('alaska-summit-2025-08-15', 'russia',         'PARTICIPANT');
select pg_temp.add_participant('alaska-summit-2025-08-15', 'vladimir-putin', 'PARTICIPANT');

select pg_temp.add_summit('alaska-joint-press-conference-2025-08-15', 'Trump–Putin joint news conference after the Alaska summit',
       'PRESS_CONFERENCE', 'HELD', '2025-08-15', '2025-08-15', 'Alaska', null, null,
       'Joint news conference after the Alaska meeting (000). Both leaders underscored the productivity of their discussions; no questions were taken (002). Trump said "some headway" had been made (000); Putin called the meeting "a starting point" (002).',
       null,
       array['us-pushes-for-peace-deal', 'alaska-summit-cautiously-positive']);
select pg_temp.add_participant('alaska-joint-press-conference-2025-08-15', 'donald-trump',   'PARTICIPANT');
select pg_temp.add_participant('alaska-joint-press-conference-2025-08-15', 'vladimir-putin', 'PARTICIPANT');

select pg_temp.add_summit('trump-zelenskyy-bilateral-2025-08-18', 'Trump–Zelenskyy bilateral meeting at the White House',
       'BILATERAL_MEETING', 'HELD', '2025-08-18', '2025-08-18', 'White House, Washington, D.C.', 38.8977, -77.0365,
       'According to the US Department of Defence (004), the White House discussions were held in two parts: first a bilateral meeting between Trump and Zelenskyy, then a wider session with European leaders (white-house-meeting-2025-08-18). 004 dates the talks "on Monday" (18 August 2025); for the 17 vs 18 August disagreement see the wider meeting.',
       null,
       array['trump-says-putin-open-to-security-guarantees']);
select pg_temp.add_participant('trump-zelenskyy-bilateral-2025-08-18', 'united-states',       'HOST');
select pg_temp.add_participant('trump-zelenskyy-bilateral-2025-08-18', 'donald-trump',        'HOST');
select pg_temp.add_participant('trump-zelenskyy-bilateral-2025-08-18', 'ukraine',             'PARTICIPANT');
select pg_temp.add_participant('trump-zelenskyy-bilateral-2025-08-18', 'volodymyr-zelenskyy', 'PARTICIPANT');

select pg_temp.add_summit('white-house-meeting-2025-08-18', 'White House meeting of Trump, Zelenskyy and European leaders',
       'MULTILATERAL_MEETING', 'HELD', '2025-08-18', '2025-08-18', 'White House, Washington, D.C.', 38.8977, -77.0365,
       'Trump met Zelenskyy and European leaders in Washington to deliberate on a peace framework. Date: 001 and 002 give 18 August and 004 "Monday" (18 August 2025 was a Monday), but 000 says "two days later" than the 15 August Alaska meeting, i.e. 17 August; stored as 18 August. Attendees: 000 names Macron, Merz ("Friedrich") and Starmer; 002 the UK Prime Minister, Macron, the Italian Prime Minister, Merz ("Frederik") and NATO Secretary General Rutte; 004 (citing the US Department of Defence) a wider session, after a Trump–Zelenskyy bilateral, with Rutte, von der Leyen, Starmer, Macron, Meloni, Merz and Stubb.',
       'No agreement is reported. Trump backed European efforts to "police" any peace deal and ruled out NATO membership for Kyiv, and called Putin during the meeting (002); he said the US would be part of Ukraine''s security framework without specifying whether troops would be involved, that peace could be negotiated without a formal ceasefire, and that he intends to push for a trilateral summit with Putin and Zelenskyy (004). European participants insisted on a ceasefire before substantive talks (002).',
       array['us-pushes-for-peace-deal', 'leaders-stress-including-ukraine', 'alaska-summit-cautiously-positive',
             'trump-says-putin-open-to-security-guarantees']);
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'united-states',                'HOST');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'donald-trump',                 'HOST');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'ukraine',                      'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'volodymyr-zelenskyy',          'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'european-leaders-white-house', 'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'keir-starmer',                 'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'emmanuel-macron',              'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'friedrich-merz',               'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'giorgia-meloni',               'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'alexander-stubb',              'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'ursula-von-der-leyen',         'PARTICIPANT');
select pg_temp.add_participant('white-house-meeting-2025-08-18', 'mark-rutte',                   'PARTICIPANT');

select pg_temp.add_summit('trump-putin-call-2025-08-18', 'Trump–Putin phone call during the White House meeting',
       'PHONE_CALL', 'HELD', '2025-08-18', '2025-08-18', null, null, null,
       'According to 002, Trump called Putin during the 18 August White House meeting to secure agreement on security guarantees. 003 says White House Press Secretary Karoline Leavitt confirmed on 19 August that Trump held a phone call with Putin "after" successful exchanges with Ukraine and European partners.',
       'Per 003, as a result Moscow agreed to move forward with a direct meeting between Putin and Zelensky.',
       array['alaska-summit-cautiously-positive', 'us-pushes-for-russia-ukraine-dialogue']);
select pg_temp.add_participant('trump-putin-call-2025-08-18', 'donald-trump',   'PARTICIPANT');
select pg_temp.add_participant('trump-putin-call-2025-08-18', 'vladimir-putin', 'PARTICIPANT');

select pg_temp.add_summit('putin-zelenskyy-meeting-proposed', 'Direct meeting between Putin and Zelenskyy',
       'BILATERAL_MEETING', 'PLANNED', null, null, null, null, null,
       'Per 003, Leavitt confirmed on 19 August that, after Trump''s call with Putin, Moscow agreed to move forward with a direct meeting between Putin and Zelensky, which Trump is preparing; Vance, Rubio and Witkoff will continue working with Moscow and Kyiv to facilitate the talks. 002 expects bilateral or trilateral meetings between Putin and Zelensky, facilitated by Trump. No date or place is given.',
       null,
       array['alaska-summit-cautiously-positive', 'us-pushes-for-russia-ukraine-dialogue']);
select pg_temp.add_participant('putin-zelenskyy-meeting-proposed', 'vladimir-putin',      'PARTICIPANT');
select pg_temp.add_participant('putin-zelenskyy-meeting-proposed', 'volodymyr-zelenskyy', 'PARTICIPANT');
select pg_temp.add_participant('putin-zelenskyy-meeting-proposed', 'donald-trump',        'MEDIATOR');

select pg_temp.add_summit('trilateral-summit-proposed', 'Trilateral summit of Trump, Putin and Zelenskyy',
       'SUMMIT', 'PROPOSED', null, null, null, null, null,
       'Analysts hoped the U.S. meetings would lead to a trilateral summit (000); Zelenskyy wants the territorial issue discussed by the leaders "at the trilateral — Ukraine, the U.S. and Russia" (000). Trump intends to push for a trilateral summit with Putin and Zelenskyy (004); Leavitt said on 19 August that, if necessary, one could take place (003); 002 expects bilateral or trilateral meetings. No date or place is given.',
       null,
       array['us-pushes-for-peace-deal', 'alaska-summit-cautiously-positive', 'us-pushes-for-russia-ukraine-dialogue',
             'trump-says-putin-open-to-security-guarantees']);
select pg_temp.add_participant('trilateral-summit-proposed', 'donald-trump',        'PARTICIPANT');
select pg_temp.add_participant('trilateral-summit-proposed', 'vladimir-putin',      'PARTICIPANT');
select pg_temp.add_participant('trilateral-summit-proposed', 'volodymyr-zelenskyy', 'PARTICIPANT');

select pg_temp.add_summit('trump-putin-moscow-summit-proposed', 'Follow-up Trump–Putin summit in Moscow',
       'SUMMIT', 'PROPOSED', null, null, 'Moscow', null, null,
       'At Alaska both leaders envisaged a follow-up summit; Putin suggested Moscow, and Trump responded humorously that he might "get a little heat" for that (002). No date is given.',
       null,
       array['alaska-summit-cautiously-positive']);
select pg_temp.add_participant('trump-putin-moscow-summit-proposed', 'donald-trump',   'PARTICIPANT');
select pg_temp.add_participant('trump-putin-moscow-summit-proposed', 'vladimir-putin', 'PARTICIPANT');

select pg_temp.add_summit('european-joint-statement', 'Joint statement of the leaders of Britain, France, Germany, Poland, Finland and the EU Commission',
       'JOINT_STATEMENT', 'HELD', null, null, null, null, null,
       'The leaders of Britain, France, Germany, Poland, Finland and the EU Commission warned that the only approach to ending the war combines active diplomacy, support to Ukraine and pressure on the Russian Federation, and insisted that any decisions must protect Ukraine''s and Europe''s vital security interests (001). 001''s closing summary attributes the statement to "the European Union and its allies". No date is printed.',
       null,
       array['leaders-stress-including-ukraine']);
select pg_temp.add_participant('european-joint-statement', 'european-joint-statement-signatories', 'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'united-kingdom',                       'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'france',                               'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'germany',                              'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'poland',                               'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'finland',                              'PARTICIPANT');
select pg_temp.add_participant('european-joint-statement', 'european-commission',                  'PARTICIPANT');

select pg_temp.add_summit('lammy-security-advisers-meeting', 'Meeting of Ukrainian officials and European national security advisers hosted by David Lammy',
       'MULTILATERAL_MEETING', 'HELD', null, null, 'Official residence of the UK Foreign Secretary', null, null,
       'David Lammy, the UK Foreign Secretary, hosted a meeting of top Ukrainian officials and European national security advisers at his official residence (001). No date, attendee names or outcome are given.',
       null,
       array['leaders-stress-including-ukraine']);
select pg_temp.add_participant('lammy-security-advisers-meeting', 'david-lammy', 'HOST');
select pg_temp.add_participant('lammy-security-advisers-meeting', 'ukraine',     'PARTICIPANT');

select pg_temp.add_summit('cambodia-thailand-dialogue-malaysia', 'Malaysia-hosted dialogue between Cambodia and Thailand',
       'MULTILATERAL_MEETING', 'HELD', null, null, 'Malaysia', null, null,
       'U.S. officials helped broker a Malaysia-hosted dialogue between Cambodia and Thailand following recent border clashes, cited by 000 as an example of Washington''s efforts to end conflicts around the globe. No date is given.',
       null,
       array['us-pushes-for-peace-deal']);
select pg_temp.add_participant('cambodia-thailand-dialogue-malaysia', 'malaysia',      'HOST');
select pg_temp.add_participant('cambodia-thailand-dialogue-malaysia', 'cambodia',      'PARTICIPANT');
select pg_temp.add_participant('cambodia-thailand-dialogue-malaysia', 'thailand',      'PARTICIPANT');
select pg_temp.add_participant('cambodia-thailand-dialogue-malaysia', 'united-states', 'MEDIATOR');

-- ---------------------------------------------------------------------------------------------------
-- Statements. Texts are exactly as printed (quotes: the characters between the quotation marks,
-- without a trailing comma). Arguments: article, speaker, text, kind, stated_on, summit, how_said, issues.
-- ---------------------------------------------------------------------------------------------------

-- 000 us-pushes-for-peace-deal: direct quotes
select pg_temp.add_statement('us-pushes-for-peace-deal', 'donald-trump', 'some headway',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-joint-press-conference-2025-08-15', 'said at the joint news conference after the Alaska meeting',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'vladimir-putin', 'I agree with President Trump … that naturally, the security of Ukraine should be ensured as well.',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-joint-press-conference-2025-08-15', 'said at the joint news conference after the Alaska meeting',
       array['security-guarantees']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'united-states', 'Article-5 like',
       'DIRECT_QUOTE', null, null, 'U.S. officials (not named) later said, as reported by The Associated Press',
       array['security-guarantees']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'steve-witkoff', 'We agreed to robust security guarantees that I would describe as game-changing',
       'DIRECT_QUOTE', null, null, 'told CNN',
       array['security-guarantees']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'randhir-jaiswal', 'Our position is consistent',
       'DIRECT_QUOTE', null, null, 'told the India-based Economic Times newspaper',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'randhir-jaiswal', 'We maintain that dialogue and diplomacy [are] the way forward.',
       'DIRECT_QUOTE', null, null, 'told the India-based Economic Times newspaper',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'united-states', 'is prepared to facilitate future discussions in order to ensure peace and stability.',
       'DIRECT_QUOTE', null, null, $q$quoted without a named speaker, of the U.S., after U.S. officials helped broker the Malaysia-hosted Cambodia–Thailand dialogue (in the passage on Rubio's remarks)$q$,
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'marco-rubio', 'We’ve seen it in Cambodia and Thailand. We’ve seen it in India-Pakistan. We’ve seen it in Rwanda and the DRC [Democratic Republic of the Congo]. And we’re going to continue to pursue any opportunities we can to bring about peace in the world. … We want this conflict to end as soon as possible',
       'DIRECT_QUOTE', null, null, 'told Fox News after the Alaska summit',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'volodymyr-zelenskyy', 'Since the territorial issue is so important, it should be discussed only by the leaders of Ukraine and Russia at the trilateral — Ukraine, the U.S. and Russia',
       'DIRECT_QUOTE', null, null, 'stated ahead of the White House talks',
       array['territory', 'direct-talks', 'ukraine-at-the-table']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'shigeru-ishiba', 'I believe that President Trump’s proactive efforts will contribute to progress in the meeting, and I consider it a positive that European leaders will gather with Ukraine for these talks',
       'DIRECT_QUOTE', null, null, 'said ahead of the Washington talks, according to The Japan Times',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'shigeru-ishiba', 'However, I strongly hope that frank discussions will take place and that a path toward achieving a fair and lasting peace for Ukraine will be established.',
       'DIRECT_QUOTE', null, null, 'said ahead of the Washington talks, according to The Japan Times',
       array['negotiated-settlement']);

-- 000 us-pushes-for-peace-deal: paraphrases
select pg_temp.add_statement('us-pushes-for-peace-deal', 'united-states', 'U.S. officials later said Putin, for the first time, agreed in principle to allow U.S. and European allies to offer “Article-5 like” security guarantees to Ukraine, similar to NATO’s collective defense clause',
       'PARAPHRASE', null, null, 'U.S. officials (not named) said, as reported by The Associated Press',
       array['security-guarantees']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'marco-rubio', 'U.S. Secretary of State Marco Rubio said the U.S. is uniquely positioned to facilitate peace talks, highlighting Washington’s efforts to end conflicts around the globe.',
       'PARAPHRASE', null, null, 'said',
       array['negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-peace-deal', 'ukraine', 'Ukraine’s consistent rejection of territorial concessions',
       'PARAPHRASE', null, null, 'as reported by The Guardian',
       array['territory']);

-- 001 leaders-stress-including-ukraine: direct quotes
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', $q$must protect Ukraine's and Europe's vital security interests$q$,
       'DIRECT_QUOTE', null, 'european-joint-statement', 'the leaders insisted (joint statement)',
       array['security-guarantees']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'robust and credible security guarantees that enable Ukraine to effectively defend its sovereignty and territorial integrity.',
       'DIRECT_QUOTE', null, 'european-joint-statement', 'the leaders insisted (joint statement)',
       array['security-guarantees', 'territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'clear',
       'DIRECT_QUOTE', null, null, $q$the allies' positions were "clear" (as reported)$q$,
       array['ukraine-at-the-table'], 3);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'a reliable, lasting peace is only possible with Ukraine at the negotiating table, with full respect for our sovereignty and without recognising the occupation.',
       'DIRECT_QUOTE', null, null, $q$the allies' positions (as reported)$q$,
       array['ukraine-at-the-table', 'territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'donald-trump', 'some swapping of territories to the betterment of both sides.',
       'DIRECT_QUOTE', null, null, 'told reporters at the White House',
       array['territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'international borders must not be changed by force',
       'DIRECT_QUOTE', null, null, 'the leaders warned',
       array['territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'current line of contact should be the starting point of negotiations.',
       'DIRECT_QUOTE', null, 'european-joint-statement', $q$the leaders warned (001's summary places this in the joint statement)$q$,
       array['territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'path to peace',
       'DIRECT_QUOTE', null, null, 'attributed to "European leaders" (not named; same passage as the joint statement)',
       array['ukraine-at-the-table']);

-- 001 leaders-stress-including-ukraine: paraphrases
select pg_temp.add_statement('leaders-stress-including-ukraine', 'russia', $q$Russia's refusal to agree to a full ceasefire$q$,
       'PARAPHRASE', null, null, 'as reported',
       array['ceasefire']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'vladimir-putin', 'Russian President Vladimir Putin has rejected an immediate ceasefire',
       'PARAPHRASE', null, null, 'as reported',
       array['ceasefire']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'volodymyr-zelenskyy', 'which Ukrainian President Volodymyr Zelenskyy says complicates any progress toward peace talks',
       'PARAPHRASE', null, null, $q$says (of Putin's rejection of an immediate ceasefire)$q$,
       array['ceasefire']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'vladimir-putin', 'Russia, via Putin, has agreed to let the U.S. and European allies offer Ukraine NATO-style security guarantees resembling Article 5’s collective defense commitment as part of a potential peace deal',
       'PARAPHRASE', null, null, 'Russia agreed via Putin (as reported)',
       array['security-guarantees']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'russia', 'Russia’s prior staunch objection to Ukraine’s NATO aspirations',
       'PARAPHRASE', null, null, 'as reported',
       array['security-guarantees', 'nato-membership']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'ukraine', 'Ukraine has emphasized that negotiations cannot proceed without a ceasefire and that giving up territory risks future Russian offensives.',
       'PARAPHRASE', null, null, 'has emphasized',
       array['ceasefire', 'territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'volodymyr-zelenskyy', 'Zelenskyy has made it clear that he will not allow Russia to annex the south of the Kherson region, Zaporizhzhia, the entire territory of Luhansk and Donetsk regions, and Crimea.',
       'PARAPHRASE', null, null, 'has made it clear',
       array['territory']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'european-joint-statement-signatories', 'The leaders of Britain, France, Germany, Poland, Finland, and the EU Commission issued a joint statement, warning that the only approach to ending the war combines active diplomacy, support to Ukraine, and pressure on the Russian Federation.',
       'PARAPHRASE', null, 'european-joint-statement', 'joint statement',
       array['pressure-on-russia', 'negotiated-settlement']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'jd-vance', 'The US vice president said a negotiated settlement would try to find a way for the Ukrainians and the Russians to live in relative peace, where the killing stops.',
       'PARAPHRASE', null, null, 'said (001 names him only as "the US vice president")',
       array['negotiated-settlement']);
select pg_temp.add_statement('leaders-stress-including-ukraine', 'donald-trump', 'Donald Trump had told reporters at the White House that they are getting very close to a deal to end the conflict',
       'PARAPHRASE', null, null, 'told reporters at the White House',
       array['negotiated-settlement']);

-- 002 alaska-summit-cautiously-positive: direct quotes
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'vladimir-putin', 'a starting point',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-joint-press-conference-2025-08-15', 'joint press conference (described the meeting as "a starting point")',
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'vladimir-putin', 'sincerity of purpose',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-joint-press-conference-2025-08-15', $q$joint press conference (acknowledging Trump's "sincerity of purpose")$q$,
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'vladimir-putin', 'business-like and pragmatic',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-joint-press-conference-2025-08-15', 'joint press conference (of the US-Russia relationship)',
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'both sides made great progress',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-summit-2025-08-15', 'highlighted (Alaska summit)',
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'there is no deal unless there is a deal.',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-summit-2025-08-15', 'added as his trademark comment (Alaska summit)',
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'get a little heat',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-summit-2025-08-15', 'responded humorously to Putin suggesting Moscow for a follow-up summit',
       array['negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'vladimir-putin', 'throw a wrench in the works',
       'DIRECT_QUOTE', '2025-08-15', 'alaska-summit-2025-08-15', $q$Alaska summit (expressed hope that European allies would not; a reference to Zelensky's insistence on NATO membership)$q$,
       array['security-guarantees', 'nato-membership']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'police',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'White House meeting (emphasized US support for European efforts to "police" any peace deal)',
       array['peacekeeping-force', 'security-guarantees']);

-- 002 alaska-summit-cautiously-positive: paraphrases
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'vladimir-putin', 'Putin agreed that Ukraine should receive security guarantees, with the details to be worked out.',
       'PARAPHRASE', '2025-08-15', 'alaska-summit-2025-08-15', 'agreed (Alaska summit)',
       array['security-guarantees']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'volodymyr-zelenskyy', 'Zelensky’s insistence on NATO membership for Ukraine',
       'PARAPHRASE', null, null, 'his insistence, as described by the article',
       array['nato-membership']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'russia', 'a demand firmly opposed by Russia',
       'PARAPHRASE', null, null, 'as reported',
       array['nato-membership']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'Trump emphasized US support for European efforts to “police” any peace deal in Ukraine, while ruling out NATO membership for Kyiv.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'emphasized (White House meeting)',
       array['peacekeeping-force', 'nato-membership']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'volodymyr-zelenskyy', 'Zelensky expressed gratitude for US backing of security guarantees, with Trump noting that Putin appeared open to such assurances.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'expressed gratitude (White House meeting)',
       array['security-guarantees']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'mark-rutte', 'NATO Secretary General Rutte described the development as an optimistic step toward ending the conflict.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'described (White House meeting)',
       array['security-guarantees', 'negotiated-settlement']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'emmanuel-macron', 'French President Macron stressed that security guarantees for Ukraine were also meant to safeguard Europe’s collective security.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'stressed (White House meeting)',
       array['security-guarantees']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'european-leaders-white-house', 'European participants voiced cautious optimism but highlighted unresolved issues, including territorial adjustments and civilian exchanges.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'the European participants (White House meeting)',
       array['territory', 'civilian-exchanges']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'european-leaders-white-house', 'They insisted on a ceasefire before substantive talks could begin.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'the European participants insisted (White House meeting)',
       array['ceasefire']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'Trump, however, aligned more closely with Putin, emphasizing a focus on lasting peace rather than temporary ceasefires.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'emphasized (White House meeting)',
       array['ceasefire']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'donald-trump', 'Trump’s position that the US does not support Ukraine’s NATO membership',
       'PARAPHRASE', null, null, 'as described by the article',
       array['nato-membership']);
select pg_temp.add_statement('alaska-summit-cautiously-positive', 'india', 'India, meanwhile, has sought to ensure that its purchase of Russian oil does not impede these peace efforts, emphasizing its independent, non-aligned foreign policy approach.',
       'PARAPHRASE', null, null, 'as reported',
       array['negotiated-settlement']);

-- 003 us-pushes-for-russia-ukraine-dialogue: direct quote
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'Before President Trump’s victory last November, there were no signs this conflict could end. Today, for the first time, there is light at the end of the tunnel and a genuine opportunity for lasting peace',
       'DIRECT_QUOTE', '2025-08-19', null, 'she stated (White House Press Secretary, 19 August)',
       array['negotiated-settlement']);

-- 003 us-pushes-for-russia-ukraine-dialogue: paraphrases
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'On August 19, White House Press Secretary Karoline Leavitt confirmed that President Trump held a phone call with President Putin after successful exchanges with Ukraine and European partners.',
       'PARAPHRASE', '2025-08-19', null, 'confirmed',
       array['direct-talks']);
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'As a result, Moscow has agreed to move forward with the next stage: a direct meeting between Putin and Zelensky.',
       'PARAPHRASE', '2025-08-19', null, 'reported as the result of the call Leavitt confirmed on 19 August',
       array['direct-talks']);
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'Leavitt emphasized that, if necessary, a trilateral summit involving Trump, Putin, and Zelensky could also take place.',
       'PARAPHRASE', '2025-08-19', null, 'emphasized',
       array['direct-talks']);
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'white-house', 'According to the White House, Vice President J.D. Vance, Secretary of State Marco Rubio, and Special Envoy Steven Witkoff will continue working with Moscow and Kyiv to facilitate the talks.',
       'PARAPHRASE', null, null, 'according to the White House',
       array['direct-talks', 'negotiated-settlement']);
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'Leavitt clarified that President Trump has ruled out sending US troops as part of any peace arrangement.',
       'PARAPHRASE', '2025-08-19', null, 'clarified',
       array['troop-deployment']);
select pg_temp.add_statement('us-pushes-for-russia-ukraine-dialogue', 'karoline-leavitt', 'Instead, he has instructed his national security team to coordinate closely with European allies while continuing discussions with both Russia and Ukraine on long-term security guarantees.',
       'PARAPHRASE', '2025-08-19', null, $q$clarified (of Trump's instructions)$q$,
       array['security-guarantees']);

-- 004 trump-says-putin-open-to-security-guarantees: direct quotes
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'The Alaska Summit made me realise that while difficult, peace is within reach. In a significant development, President Putin agreed to accept security guarantees for Ukraine, a key point we must consider',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'said at the White House talks',
       array['security-guarantees', 'negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'Ultimately this is a decision for President Zelenskyy and the people of Ukraine. I believe a peace agreement is attainable and could be done in the near future',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'said at the White House talks',
       array['ukraine-at-the-table', 'negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'volodymyr-zelenskyy', 'The security in Ukraine depends on the United States and those leaders who are with us. All of us want to finish this war… It is very important that the US gives such strong signals and is ready for security guarantees',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'said at the White House talks',
       array['security-guarantees', 'negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'mark-rutte', 'breaking the deadlock',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'White House talks (praised Trump for "breaking the deadlock" with Putin)',
       array['negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'mark-rutte', 'a breakthrough.',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'White House talks (calling the US involvement in guarantees "a breakthrough")',
       array['security-guarantees']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'giorgia-meloni', 'new phase',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'White House talks (said the dialogue marked a "new phase")',
       array['negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'ursula-von-der-leyen', 'Article Five-like security guarantees.',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'White House talks (noted the importance of discussions on them)',
       array['security-guarantees']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'We want to save a lot of people from dying.',
       'DIRECT_QUOTE', '2025-08-18', 'white-house-meeting-2025-08-18', 'stressing his ultimate goal (White House talks)',
       array['negotiated-settlement']);

-- 004 trump-says-putin-open-to-security-guarantees: paraphrases
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'Putin had signaled readiness to consider security guarantees for Ukraine',
       'PARAPHRASE', null, null, 'Trump said (of the Alaska summit)',
       array['security-guarantees'], 2);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'while also suggesting possible territorial adjustments along the current line of conflict',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'suggested (White House talks)',
       array['territory']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'Trump clarified that the US would be part of Ukraine’s security framework, though he did not specify whether this would involve deployment of American troops.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'clarified (White House talks)',
       array['security-guarantees', 'troop-deployment']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'He added that peace could be negotiated without a formal ceasefire.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'added (White House talks)',
       array['ceasefire']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'he intends to push for a trilateral summit with Putin and Zelenskyy',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'added (White House talks)',
       array['direct-talks']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'volodymyr-zelenskyy', 'Zelenskyy welcomed the talks, thanking Trump and allied leaders for their support.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'welcomed the talks (White House talks)',
       array['negotiated-settlement']);
select pg_temp.add_statement('trump-says-putin-open-to-security-guarantees', 'donald-trump', 'Trump indicated that talks would also need to address territorial compromises and negotiating positions, based on the realities of the war zone.',
       'PARAPHRASE', '2025-08-18', 'white-house-meeting-2025-08-18', 'indicated (White House talks)',
       array['territory']);

-- ---------------------------------------------------------------------------------------------------
-- Positions (older stances first: add_position supersedes the actor's current one on the issue).
-- Arguments: actor, issue, stance, summary, valid_from, evidence statements[, evidence articles].
-- ---------------------------------------------------------------------------------------------------

-- ceasefire
select pg_temp.add_position('russia', 'ceasefire', 'OPPOSES',
       'Refuses to agree to a full ceasefire; Putin has rejected an immediate ceasefire (001).',
       null, array[$q$Russia's refusal to agree to a full ceasefire$q$, 'Russian President Vladimir Putin has rejected an immediate ceasefire']);
select pg_temp.add_position('vladimir-putin', 'ceasefire', 'OPPOSES',
       'Has rejected an immediate ceasefire (001).',
       null, array['Russian President Vladimir Putin has rejected an immediate ceasefire']);
select pg_temp.add_position('volodymyr-zelenskyy', 'ceasefire', 'SUPPORTS',
       $q$Says Putin's rejection of an immediate ceasefire complicates any progress toward peace talks (001).$q$,
       null, array['which Ukrainian President Volodymyr Zelenskyy says complicates any progress toward peace talks']);
select pg_temp.add_position('ukraine', 'ceasefire', 'SUPPORTS',
       'Has emphasized that negotiations cannot proceed without a ceasefire (001).',
       null, array['Ukraine has emphasized that negotiations cannot proceed without a ceasefire and that giving up territory risks future Russian offensives.']);
select pg_temp.add_position('european-leaders-white-house', 'ceasefire', 'SUPPORTS',
       'The European participants at the White House insisted on a ceasefire before substantive talks could begin (002).',
       '2025-08-18', array['They insisted on a ceasefire before substantive talks could begin.']);
select pg_temp.add_position('donald-trump', 'ceasefire', 'OPPOSES',
       'Peace could be negotiated without a formal ceasefire; focuses on lasting peace rather than temporary ceasefires (002, 004).',
       '2025-08-18', array['Trump, however, aligned more closely with Putin, emphasizing a focus on lasting peace rather than temporary ceasefires.', 'He added that peace could be negotiated without a formal ceasefire.']);

-- security-guarantees
select pg_temp.add_position('russia', 'security-guarantees', 'OPPOSES',
       $q$Prior staunch objection to Ukraine's NATO aspirations, from which 001 calls Russia's agreement to NATO-style guarantees a notable shift.$q$,
       null, array['Russia’s prior staunch objection to Ukraine’s NATO aspirations'], array['leaders-stress-including-ukraine']);
select pg_temp.add_position('russia', 'security-guarantees', 'SUPPORTS',
       'Via Putin, agreed in principle (for the first time, per U.S. officials) to let the U.S. and European allies offer Ukraine Article-5-like security guarantees; details to be worked out.',
       '2025-08-15', array['U.S. officials later said Putin, for the first time, agreed in principle to allow U.S. and European allies to offer “Article-5 like” security guarantees to Ukraine, similar to NATO’s collective defense clause', 'Russia, via Putin, has agreed to let the U.S. and European allies offer Ukraine NATO-style security guarantees resembling Article 5’s collective defense commitment as part of a potential peace deal', 'Putin agreed that Ukraine should receive security guarantees, with the details to be worked out.']);
select pg_temp.add_position('vladimir-putin', 'security-guarantees', 'SUPPORTS',
       $q$Agreed at Alaska that Ukraine's security should be ensured and that it should receive security guarantees, with details to be worked out (000, 002, 004).$q$,
       '2025-08-15', array['I agree with President Trump … that naturally, the security of Ukraine should be ensured as well.', 'Putin agreed that Ukraine should receive security guarantees, with the details to be worked out.', 'Putin had signaled readiness to consider security guarantees for Ukraine']);
select pg_temp.add_position('united-states', 'security-guarantees', 'SUPPORTS',
       'Acts as security guarantor; U.S. officials say Putin agreed to let the U.S. and European allies offer Ukraine "Article-5 like" guarantees (000, 001).',
       null, array['Article-5 like', 'U.S. officials later said Putin, for the first time, agreed in principle to allow U.S. and European allies to offer “Article-5 like” security guarantees to Ukraine, similar to NATO’s collective defense clause'], array['leaders-stress-including-ukraine']);
select pg_temp.add_position('steve-witkoff', 'security-guarantees', 'SUPPORTS',
       'Says robust security guarantees were agreed, which he describes as game-changing (000).',
       null, array['We agreed to robust security guarantees that I would describe as game-changing']);
select pg_temp.add_position('donald-trump', 'security-guarantees', 'SUPPORTS',
       $q$Says the US would be part of Ukraine's security framework and that Putin agreed to accept guarantees; backs guarantees with European allies (002, 003, 004).$q$,
       '2025-08-18', array['Trump clarified that the US would be part of Ukraine’s security framework, though he did not specify whether this would involve deployment of American troops.', 'The Alaska Summit made me realise that while difficult, peace is within reach. In a significant development, President Putin agreed to accept security guarantees for Ukraine, a key point we must consider', 'Zelensky expressed gratitude for US backing of security guarantees, with Trump noting that Putin appeared open to such assurances.', 'Instead, he has instructed his national security team to coordinate closely with European allies while continuing discussions with both Russia and Ukraine on long-term security guarantees.']);
select pg_temp.add_position('volodymyr-zelenskyy', 'security-guarantees', 'SUPPORTS',
       $q$Thanks the US for backing security guarantees; says Ukraine's security depends on the US and allied leaders (002, 004).$q$,
       '2025-08-18', array['The security in Ukraine depends on the United States and those leaders who are with us. All of us want to finish this war… It is very important that the US gives such strong signals and is ready for security guarantees', 'Zelensky expressed gratitude for US backing of security guarantees, with Trump noting that Putin appeared open to such assurances.']);
select pg_temp.add_position('european-joint-statement-signatories', 'security-guarantees', 'SUPPORTS',
       $q$Any decisions must protect Ukraine's and Europe's vital security interests, including robust and credible security guarantees (001).$q$,
       null, array[$q$must protect Ukraine's and Europe's vital security interests$q$, 'robust and credible security guarantees that enable Ukraine to effectively defend its sovereignty and territorial integrity.']);
select pg_temp.add_position('emmanuel-macron', 'security-guarantees', 'SUPPORTS',
       $q$Stressed that security guarantees for Ukraine are also meant to safeguard Europe's collective security (002).$q$,
       '2025-08-18', array['French President Macron stressed that security guarantees for Ukraine were also meant to safeguard Europe’s collective security.']);
select pg_temp.add_position('mark-rutte', 'security-guarantees', 'SUPPORTS',
       'Called US involvement in guarantees "a breakthrough" (004).',
       '2025-08-18', array['a breakthrough.', 'NATO Secretary General Rutte described the development as an optimistic step toward ending the conflict.']);
select pg_temp.add_position('ursula-von-der-leyen', 'security-guarantees', 'SUPPORTS',
       'Noted the importance of discussions on "Article Five-like security guarantees" (004).',
       '2025-08-18', array['Article Five-like security guarantees.']);

-- territory
select pg_temp.add_position('volodymyr-zelenskyy', 'territory', 'OPPOSES',
       'Will not allow Russia to annex the south of the Kherson region, Zaporizhzhia, all of Luhansk and Donetsk, and Crimea; territory to be discussed only by the leaders at a trilateral (000, 001).',
       null, array['Zelenskyy has made it clear that he will not allow Russia to annex the south of the Kherson region, Zaporizhzhia, the entire territory of Luhansk and Donetsk regions, and Crimea.', 'Since the territorial issue is so important, it should be discussed only by the leaders of Ukraine and Russia at the trilateral — Ukraine, the U.S. and Russia']);
select pg_temp.add_position('ukraine', 'territory', 'OPPOSES',
       'Consistently rejects territorial concessions; says giving up territory risks future Russian offensives (000, 001).',
       null, array['Ukraine has emphasized that negotiations cannot proceed without a ceasefire and that giving up territory risks future Russian offensives.', 'Ukraine’s consistent rejection of territorial concessions']);
select pg_temp.add_position('european-joint-statement-signatories', 'territory', 'OPPOSES',
       'International borders must not be changed by force and the occupation must not be recognised; the current line of contact should be the starting point of negotiations (001).',
       null, array['international borders must not be changed by force', 'a reliable, lasting peace is only possible with Ukraine at the negotiating table, with full respect for our sovereignty and without recognising the occupation.', 'current line of contact should be the starting point of negotiations.']);
select pg_temp.add_position('donald-trump', 'territory', 'SUPPORTS',
       'Expects "some swapping of territories to the betterment of both sides" (001); suggested territorial adjustments along the current line of conflict (004).',
       null, array['some swapping of territories to the betterment of both sides.', 'while also suggesting possible territorial adjustments along the current line of conflict', 'Trump indicated that talks would also need to address territorial compromises and negotiating positions, based on the realities of the war zone.']);
select pg_temp.add_position('european-leaders-white-house', 'territory', 'UNCLEAR',
       'Highlighted territorial adjustments as an unresolved issue, without a stance stated (002).',
       '2025-08-18', array['European participants voiced cautious optimism but highlighted unresolved issues, including territorial adjustments and civilian exchanges.']);

-- nato-membership
select pg_temp.add_position('volodymyr-zelenskyy', 'nato-membership', 'SUPPORTS',
       'Insists on NATO membership for Ukraine (002).',
       null, array['Zelensky’s insistence on NATO membership for Ukraine']);
select pg_temp.add_position('russia', 'nato-membership', 'OPPOSES',
       $q$Firmly opposes Ukraine's NATO membership; staunch objection to Ukraine's NATO aspirations (001, 002).$q$,
       null, array['a demand firmly opposed by Russia', 'Russia’s prior staunch objection to Ukraine’s NATO aspirations', 'throw a wrench in the works']);
select pg_temp.add_position('donald-trump', 'nato-membership', 'OPPOSES',
       $q$Ruled out NATO membership for Kyiv; the US does not support Ukraine's NATO membership (002).$q$,
       '2025-08-18', array['Trump emphasized US support for European efforts to “police” any peace deal in Ukraine, while ruling out NATO membership for Kyiv.', 'Trump’s position that the US does not support Ukraine’s NATO membership']);

-- troop-deployment
select pg_temp.add_position('donald-trump', 'troop-deployment', 'UNCLEAR',
       $q$Said the US would be part of Ukraine's security framework but did not specify whether that would involve American troops (004).$q$,
       '2025-08-18', array['Trump clarified that the US would be part of Ukraine’s security framework, though he did not specify whether this would involve deployment of American troops.']);
select pg_temp.add_position('donald-trump', 'troop-deployment', 'OPPOSES',
       'Has ruled out sending US troops as part of any peace arrangement, per White House Press Secretary Karoline Leavitt (003).',
       '2025-08-19', array['Leavitt clarified that President Trump has ruled out sending US troops as part of any peace arrangement.']);

-- peacekeeping-force
select pg_temp.add_position('donald-trump', 'peacekeeping-force', 'SUPPORTS',
       'Supports European efforts to "police" any peace deal in Ukraine (002).',
       '2025-08-18', array['police', 'Trump emphasized US support for European efforts to “police” any peace deal in Ukraine, while ruling out NATO membership for Kyiv.']);

-- ukraine-at-the-table
select pg_temp.add_position('european-joint-statement-signatories', 'ukraine-at-the-table', 'SUPPORTS',
       'A reliable, lasting peace is only possible with Ukraine at the negotiating table; the path to peace cannot be decided without Ukraine (001).',
       null, array['a reliable, lasting peace is only possible with Ukraine at the negotiating table, with full respect for our sovereignty and without recognising the occupation.', 'path to peace', 'clear']);
select pg_temp.add_position('volodymyr-zelenskyy', 'ukraine-at-the-table', 'SUPPORTS',
       'The territorial issue should be discussed only by the leaders of Ukraine and Russia at a trilateral with the U.S. (000).',
       null, array['Since the territorial issue is so important, it should be discussed only by the leaders of Ukraine and Russia at the trilateral — Ukraine, the U.S. and Russia']);
select pg_temp.add_position('donald-trump', 'ukraine-at-the-table', 'SUPPORTS',
       'Says the decision is ultimately one for President Zelenskyy and the people of Ukraine (004); invited Zelenskyy to Washington for direct talks (001).',
       '2025-08-18', array['Ultimately this is a decision for President Zelenskyy and the people of Ukraine. I believe a peace agreement is attainable and could be done in the near future'], array['leaders-stress-including-ukraine']);

-- direct-talks
select pg_temp.add_position('volodymyr-zelenskyy', 'direct-talks', 'SUPPORTS',
       'Wants the territorial issue discussed by the leaders at "the trilateral — Ukraine, the U.S. and Russia" (000).',
       null, array['Since the territorial issue is so important, it should be discussed only by the leaders of Ukraine and Russia at the trilateral — Ukraine, the U.S. and Russia']);
select pg_temp.add_position('donald-trump', 'direct-talks', 'SUPPORTS',
       'Intends to push for a trilateral summit with Putin and Zelenskyy (004); preparing a direct Putin–Zelensky meeting (003).',
       '2025-08-18', array['he intends to push for a trilateral summit with Putin and Zelenskyy'], array['us-pushes-for-russia-ukraine-dialogue']);
select pg_temp.add_position('russia', 'direct-talks', 'SUPPORTS',
       'Moscow has agreed to move forward with a direct meeting between Putin and Zelensky, as confirmed by the White House on 19 August (003).',
       '2025-08-19', array['As a result, Moscow has agreed to move forward with the next stage: a direct meeting between Putin and Zelensky.']);
select pg_temp.add_position('united-states', 'direct-talks', 'SUPPORTS',
       'The White House says a trilateral summit could take place if necessary and that Vance, Rubio and Witkoff will keep working with Moscow and Kyiv to facilitate the talks (003).',
       '2025-08-19', array['Leavitt emphasized that, if necessary, a trilateral summit involving Trump, Putin, and Zelensky could also take place.', 'According to the White House, Vice President J.D. Vance, Secretary of State Marco Rubio, and Special Envoy Steven Witkoff will continue working with Moscow and Kyiv to facilitate the talks.']);

-- pressure-on-russia
select pg_temp.add_position('european-joint-statement-signatories', 'pressure-on-russia', 'SUPPORTS',
       'The only approach to ending the war combines active diplomacy, support to Ukraine and pressure on the Russian Federation (001).',
       null, array['The leaders of Britain, France, Germany, Poland, Finland, and the EU Commission issued a joint statement, warning that the only approach to ending the war combines active diplomacy, support to Ukraine, and pressure on the Russian Federation.']);

-- civilian-exchanges
select pg_temp.add_position('european-leaders-white-house', 'civilian-exchanges', 'UNCLEAR',
       'Highlighted civilian exchanges as an unresolved issue, without a stance stated (002).',
       '2025-08-18', array['European participants voiced cautious optimism but highlighted unresolved issues, including territorial adjustments and civilian exchanges.']);

-- negotiated-settlement
select pg_temp.add_position('india', 'negotiated-settlement', 'SUPPORTS',
       'Maintains that dialogue and diplomacy are the way forward (External Affairs Ministry spokesperson Randhir Jaiswal, 000); seeks to keep its Russian oil purchases from impeding the peace efforts (002).',
       null, array['Our position is consistent', 'We maintain that dialogue and diplomacy [are] the way forward.', 'India, meanwhile, has sought to ensure that its purchase of Russian oil does not impede these peace efforts, emphasizing its independent, non-aligned foreign policy approach.']);
select pg_temp.add_position('shigeru-ishiba', 'negotiated-settlement', 'SUPPORTS',
       $q$Welcomed Trump's efforts to end the conflict and hopes for a path toward a fair and lasting peace for Ukraine (000).$q$,
       null, array['I believe that President Trump’s proactive efforts will contribute to progress in the meeting, and I consider it a positive that European leaders will gather with Ukraine for these talks', 'However, I strongly hope that frank discussions will take place and that a path toward achieving a fair and lasting peace for Ukraine will be established.']);
select pg_temp.add_position('jd-vance', 'negotiated-settlement', 'SUPPORTS',
       'A negotiated settlement would try to let Ukrainians and Russians live in relative peace, where the killing stops (001).',
       null, array['The US vice president said a negotiated settlement would try to find a way for the Ukrainians and the Russians to live in relative peace, where the killing stops.']);
select pg_temp.add_position('marco-rubio', 'negotiated-settlement', 'SUPPORTS',
       'The U.S. is uniquely positioned to facilitate peace talks; wants the conflict to end as soon as possible (000).',
       null, array['U.S. Secretary of State Marco Rubio said the U.S. is uniquely positioned to facilitate peace talks, highlighting Washington’s efforts to end conflicts around the globe.', 'We’ve seen it in Cambodia and Thailand. We’ve seen it in India-Pakistan. We’ve seen it in Rwanda and the DRC [Democratic Republic of the Congo]. And we’re going to continue to pursue any opportunities we can to bring about peace in the world. … We want this conflict to end as soon as possible']);
select pg_temp.add_position('united-states', 'negotiated-settlement', 'SUPPORTS',
       'Acts as mediator and is prepared to facilitate future discussions; its envoys will keep working with Moscow and Kyiv to facilitate the talks (000, 001, 003).',
       null, array['is prepared to facilitate future discussions in order to ensure peace and stability.', 'According to the White House, Vice President J.D. Vance, Secretary of State Marco Rubio, and Special Envoy Steven Witkoff will continue working with Moscow and Kyiv to facilitate the talks.'], array['leaders-stress-including-ukraine']);
select pg_temp.add_position('donald-trump', 'negotiated-settlement', 'SUPPORTS',
       'Says a peace agreement is attainable and could be done in the near future; "some headway" was made at Alaska (000, 001, 004).',
       null, array['some headway', 'Donald Trump had told reporters at the White House that they are getting very close to a deal to end the conflict', 'Ultimately this is a decision for President Zelenskyy and the people of Ukraine. I believe a peace agreement is attainable and could be done in the near future', 'We want to save a lot of people from dying.']);
select pg_temp.add_position('vladimir-putin', 'negotiated-settlement', 'SUPPORTS',
       'Described the Alaska meeting as "a starting point" for resolving the Russia-Ukraine conflict (002).',
       '2025-08-15', array['a starting point', 'sincerity of purpose']);
select pg_temp.add_position('volodymyr-zelenskyy', 'negotiated-settlement', 'SUPPORTS',
       'Welcomed the White House talks: "All of us want to finish this war" (004).',
       '2025-08-18', array['The security in Ukraine depends on the United States and those leaders who are with us. All of us want to finish this war… It is very important that the US gives such strong signals and is ready for security guarantees', 'Zelenskyy welcomed the talks, thanking Trump and allied leaders for their support.']);
select pg_temp.add_position('european-joint-statement-signatories', 'negotiated-settlement', 'SUPPORTS',
       'Active diplomacy is part of the only approach to ending the war (001).',
       null, array['The leaders of Britain, France, Germany, Poland, Finland, and the EU Commission issued a joint statement, warning that the only approach to ending the war combines active diplomacy, support to Ukraine, and pressure on the Russian Federation.']);
select pg_temp.add_position('giorgia-meloni', 'negotiated-settlement', 'SUPPORTS',
       'Said the dialogue marked a "new phase" after years of stalemate (004).',
       '2025-08-18', array['new phase']);
select pg_temp.add_position('mark-rutte', 'negotiated-settlement', 'SUPPORTS',
       'Praised Trump for "breaking the deadlock" with Putin; described the development as an optimistic step toward ending the conflict (002, 004).',
       '2025-08-18', array['breaking the deadlock', 'NATO Secretary General Rutte described the development as an optimistic step toward ending the conflict.']);
