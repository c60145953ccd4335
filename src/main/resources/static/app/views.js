// The views. Each takes the URL's state, asks the API (at most six requests) and returns
// the element to show; a failed request throws and the router shows the problem.
import { get } from './api.js';
import { h, s as svg, marked, stance, date, link, actorLink, articleLink, select, addDays, STANCES } from './dom.js';
import { worldMap } from './map.js';

const ALL = 100; // the API's largest page

const section = (title, ...children) => h('section', {}, h('h2', {}, title), ...children);
const empty = (text) => h('p', { class: 'state empty' }, text);
const view = (title, ...children) => h('div', { class: 'view', 'data-title': title }, h('h1', {}, title), ...children);
/** Where a list holds more than one page: which part this is, and links to the others. */
function more(page, shown) {
  if (page.totalElements <= shown) return null;
  const to = (n) => {
    const query = new URLSearchParams(location.search);
    if (n) query.set('page', n); else query.delete('page');
    return `${location.pathname}?${query}`;
  };
  const first = page.number * page.size + 1;
  return h('nav', { class: 'pages', 'aria-label': 'Pages' },
    page.number > 0 ? link(to(page.number - 1), '← Previous') : null, ' ',
    h('span', { class: 'muted' }, `${first}–${first + shown - 1} of ${page.totalElements}`), ' ',
    first + shown - 1 < page.totalElements ? link(to(page.number + 1), 'Next →') : null);
}

/** Filter form whose submission becomes the URL (so the state stays a deep link). */
function filters(navigate, path, fields) {
  return h('form', {
    class: 'filters',
    role: 'search',
    onsubmit: (event) => {
      event.preventDefault();
      const query = new URLSearchParams();
      for (const [name, value] of new FormData(event.target)) if (value) query.set(name, value);
      navigate(path + (query.toString() ? `?${query}` : ''));
    },
  }, fields, h('button', { type: 'submit' }, 'Apply'));
}

const actorOptions = (actors) => actors.content.map((a) => [a.slug, a.name]);
const issueOptions = (issues) => issues.content.map((i) => [i.code, i.name]);

// ---------------------------------------------------------------- overview

export async function overview({ signal }) {
  const [stats, summits, shifts] = await Promise.all([
    get('/stats', {}, signal),
    get('/summits', { size: ALL }, signal),
    get('/positions/shifts', { size: ALL }, signal),
  ]);
  const t = stats.totals;
  const latest = summits.content.filter((s) => s.startDate).sort((a, b) => b.startDate.localeCompare(a.startDate)).slice(0, 6);
  const changes = shifts.content.slice().sort((a, b) => String(b.date).localeCompare(String(a.date))).slice(0, 6);
  return view('What the record holds',
    h('ul', { class: 'totals' },
      [['articles', 'source articles', '/quotes'], ['actors', 'actors', '/matrix'], ['summits', 'events', '/map'],
        ['statements', 'statements', '/quotes'], ['positions', 'positions', '/matrix']]
        .map(([key, label, href]) => h('li', {}, link(href, h('strong', {}, t[key] ?? 0), ' ', label)))),
    section('Latest events', latest.length ? h('ul', { class: 'list' }, latest.map((s) => h('li', { 'data-summit': s.slug },
      date(s.startDate), ' ', link(`/timeline?from=${s.startDate}&to=${s.endDate || s.startDate}`, s.title),
      h('span', { class: `status status-${s.status.toLowerCase()}` }, s.status.toLowerCase())))) : empty('No dated events yet.'),
    link('/timeline', 'The whole timeline →')),
    section('Latest changes of stance', changes.length ? h('ul', { class: 'list' }, changes.map((c) => h('li', { 'data-position': c.after.id },
      date(c.date), ' ', actorLink(c.actor), ' on ', link(`/matrix?asOf=${c.date}&issue=${c.issue.code}`, c.issue.name), ': ',
      c.before ? stance(c.before.stance) : 'no stance', ' → ', stance(c.after.stance)))) : empty('No stance has changed yet.'),
    link('/matrix', 'The stance matrix →')),
    section('Who is quoted most', stats.statementsPerActor.length ? h('ol', { class: 'bars' }, stats.statementsPerActor.slice(0, 8).map((row) => h('li', {},
      actorLink(row.actor), ' ', bar(row.statements, stats.statementsPerActor[0].statements)))) : empty('No statements yet.')),
    section('Issues', h('ul', { class: 'bars' }, stats.statementsPerIssue.map((row) => h('li', {},
      link(`/quotes?issue=${row.issue.code}`, row.issue.name), ' ', bar(row.statements, Math.max(1, ...stats.statementsPerIssue.map((r) => r.statements))),
      ' ', link(`/matrix?issue=${row.issue.code}`, h('span', { class: 'muted' }, 'stances')))))));
}

function bar(value, max) {
  return h('span', { class: 'bar' }, h('meter', { min: 0, max, value, 'aria-label': `${value} statements` }), ` ${value}`);
}

// ---------------------------------------------------------------- timeline

const ENTRY_DATA = { SUMMIT: 'data-summit', STATEMENT: 'data-statement', POSITION: 'data-position' };

function entryLink(entry) {
  if (entry.type === 'STATEMENT') return link(`/statements/${entry.id}`, `“${entry.title}”`);
  if (entry.type === 'POSITION') return link(`/matrix?asOf=${entry.date || ''}&issue=${entry.issue ? entry.issue.code : ''}`, entry.title);
  return link(`/map?summit=${entry.slug}`, entry.title);
}

function entry(e) {
  return h('li', { class: `entry entry-${e.type.toLowerCase()}`, [ENTRY_DATA[e.type]]: e.slug || e.id },
    date(e.dated ? e.date : null), ' ', h('span', { class: 'kind' }, e.type === 'SUMMIT' ? 'event' : e.type.toLowerCase()), ' ',
    entryLink(e), e.actor ? [' — ', actorLink(e.actor)] : null,
    e.stance ? [' ', e.supersedes ? [stance(e.supersedes.stance), ' → '] : null, stance(e.stance)] : null);
}

export async function timeline({ query, signal, navigate }) {
  const state = Object.fromEntries(['actor', 'issue', 'from', 'to'].map((k) => [k, query.get(k) || '']));
  const [entries, actors, issues] = await Promise.all([
    get('/timeline', { ...state, size: ALL, page: query.get('page') }, signal),
    get('/actors', { size: ALL, sort: 'name' }, signal),
    get('/issues', { size: ALL }, signal),
  ]);
  const dated = entries.content.filter((e) => e.dated);
  const undated = entries.content.filter((e) => !e.dated);
  return view('Timeline',
    filters(navigate, '/timeline', [select('actor', 'Actor', actorOptions(actors), state.actor),
      select('issue', 'Issue', issueOptions(issues), state.issue),
      h('label', {}, 'From ', h('input', { type: 'date', name: 'from', value: state.from })),
      h('label', {}, 'To ', h('input', { type: 'date', name: 'to', value: state.to }))]),
    entries.content.length === 0 ? empty('Nothing on record for these filters.') : [
      dated.length ? axis(dated) : null,
      section('Dated', dated.length ? h('ol', { class: 'list timeline' }, dated.map(entry)) : empty('No dated entries.')),
      undated.length ? section('Undated', h('p', { class: 'muted' }, 'The sources give no date for these.'),
        h('ul', { class: 'list timeline' }, undated.map(entry))) : null,
      more(entries.page, entries.content.length),
    ]);
}

/** Entries as dots on a time axis, one lane per kind. */
function axis(entries) {
  const days = entries.map((e) => Date.parse(e.date));
  const min = Math.min(...days);
  const max = Math.max(...days);
  const span = Math.max(max - min, 86400000);
  const width = 1000;
  const lanes = ['SUMMIT', 'STATEMENT', 'POSITION'];
  const x = (d) => 90 + ((Date.parse(d) - min) / span) * (width - 120);
  const counts = new Map();
  const dots = entries.map((e) => {
    const key = e.type + e.date;
    const n = counts.get(key) || 0;
    counts.set(key, n + 1);
    const cy = 30 + lanes.indexOf(e.type) * 40 + ((n % 4) - 1.5) * 5;
    return svg('a', { href: e.type === 'STATEMENT' ? `/statements/${e.id}` : e.type === 'SUMMIT' ? `/map?summit=${e.slug}` : `/matrix?asOf=${e.date}` },
      svg('circle', { cx: x(e.date) + (n >> 2) * 4, cy, r: 4, class: `dot dot-${e.type.toLowerCase()}` }, svg('title', {}, `${e.date}: ${e.title}`)));
  });
  const ticks = [...new Set(entries.map((e) => e.date))];
  return h('figure', { class: 'axis' },
    svg('svg', { viewBox: `0 0 ${width} 160`, role: 'group', 'aria-label': `Time axis from ${ticks[0]} to ${ticks[ticks.length - 1]}` },
      lanes.map((lane, i) => svg('text', { x: 0, y: 34 + i * 40, class: 'lane' }, lane === 'SUMMIT' ? 'events' : lane.toLowerCase() + 's')),
      svg('line', { x1: 90, x2: width - 30, y1: 140, y2: 140, class: 'rule' }),
      ticks.filter((d, i) => ticks.length < 12 || i % Math.ceil(ticks.length / 10) === 0)
        .map((d) => svg('text', { x: x(d), y: 156, class: 'tick', 'text-anchor': 'middle' }, d.slice(5))),
      dots));
}

// ---------------------------------------------------------------- matrix

export async function matrix({ query, signal, navigate }) {
  const issue = query.get('issue') || '';
  const actor = query.get('actor') || '';
  const at = (date) => get('/positions/matrix', { asOf: date, issue, actor, size: ALL }, signal);
  // With a date in the URL, the matrix is asked for at once, beside the dates of change.
  const asked = query.get('asOf');
  const early = asked ? at(asked) : null;
  if (early) early.catch(() => {}); // still awaited below; no unhandled rejection if the other fails first
  const positions = await get('/positions', { size: ALL, sort: 'validFrom' }, signal);
  const steps = [...new Set(positions.content.map((p) => p.validFrom).filter(Boolean))].sort();
  const today = new Date().toISOString().slice(0, 10);
  const asOf = asked || steps[steps.length - 1] || today;
  const step = steps.filter((d) => d <= asOf).pop();
  const previous = step ? addDays(step, -1) : null;
  const [now, before] = await Promise.all([early || at(asOf), previous ? at(previous) : null]);
  const stanceAt = (m) => new Map((m ? m.cells : []).map((c) => [`${c.actor.slug} ${c.issue.code}`, c]));
  const cells = stanceAt(now);
  const earlier = stanceAt(before);
  const go = (date) => navigate(`/matrix?${new URLSearchParams({ asOf: date, ...(issue && { issue }), ...(actor && { actor }) })}`, true);
  const index = step ? steps.indexOf(step) : -1;
  const detail = h('aside', { class: 'detail', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Choose a cell to read the position and the quotes behind it.'));

  const stepper = h('div', { class: 'stepper' },
    h('button', { type: 'button', disabled: index <= 0, onclick: () => go(steps[index - 1]) }, '◀ Earlier'),
    h('label', {}, 'Date of change ', h('input', {
      type: 'range', min: 0, max: Math.max(steps.length - 1, 0), value: Math.max(index, 0), 'aria-valuetext': step || asOf,
      disabled: steps.length < 2, onchange: (event) => go(steps[Number(event.target.value)]),
    })),
    h('button', { type: 'button', disabled: index >= steps.length - 1, onclick: () => go(steps[index + 1]) }, 'Later ▶'),
    h('form', { class: 'inline', onsubmit: (event) => { event.preventDefault(); go(event.target.elements.asOf.value); } },
      h('label', {}, 'As of ', h('input', { type: 'date', name: 'asOf', value: asOf })), h('button', { type: 'submit' }, 'Show')));

  const table = now.actors.length === 0 ? empty('No positions on record for these filters.') : h('div', { class: 'scroll' }, h('table', { class: 'matrix' },
    h('caption', {}, `Stance in force on ${asOf}`, step ? ` · marked ◆: changed on ${step}` : ''),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Actor'), now.issues.map((i) => h('th', { scope: 'col' },
      link(`/matrix?asOf=${asOf}&issue=${i.code}`, i.name))))),
    h('tbody', {}, now.actors.map((a) => h('tr', {}, h('th', { scope: 'row' }, actorLink(a)), now.issues.map((i) => {
      const key = `${a.slug} ${i.code}`;
      const cell = cells.get(key);
      const was = earlier.get(key);
      const changed = step && (cell ? !was || was.id !== cell.id : Boolean(was));
      if (!cell) return h('td', { 'data-actor': a.slug, 'data-issue': i.code, 'data-stance': 'NONE', class: changed ? 'changed' : null }, h('span', { class: 'none', 'aria-label': 'no position' }, '—'));
      return h('td', { 'data-actor': a.slug, 'data-issue': i.code, 'data-stance': cell.stance, 'data-position': cell.id, class: `cell stance-${cell.stance.toLowerCase()}${changed ? ' changed' : ''}` },
        h('button', {
          type: 'button',
          'aria-label': `${a.name} on ${i.name}: ${(STANCES[cell.stance] || {}).label || cell.stance}${changed ? ', changed' : ''}`,
          onclick: () => openPosition(detail, cell.id),
        }, (STANCES[cell.stance] || {}).sign || '·', changed ? h('span', { class: 'changed-mark', 'aria-hidden': 'true' }, '◆') : null));
    }))))));

  return view('Who stood where',
    h('p', { class: 'legend' }, Object.keys(STANCES).map((s) => [stance(s), ' ']), h('span', { class: 'none' }, '— no position'), ' · ◆ changed since the previous date'),
    stepper, actor || issue ? h('p', {}, 'Filtered. ', link(`/matrix?asOf=${asOf}`, 'Show every actor and issue')) : null,
    h('div', { class: 'matrix-layout' }, table, detail));
}

async function openPosition(detail, id) {
  detail.replaceChildren(h('p', { class: 'state loading' }, 'Loading…'));
  try {
    const { position, history } = await get(`/positions/${id}`);
    detail.replaceChildren(h('h2', { tabindex: '-1' }, actorLink(position.actor), ' on ', position.issue.name),
      h('p', {}, stance(position.stance), ' ', position.validFrom ? ['since ', date(position.validFrom)] : 'from the start of the record'),
      h('p', {}, position.summary),
      h('h3', {}, 'Evidence'),
      position.evidence.length ? h('ul', { class: 'quotes' }, position.evidence.map((e) => h('li', {},
        h('blockquote', {}, e.text), h('p', { class: 'muted' }, actorLink(e.speaker), ' · ',
          e.article ? articleLink(e.article, e.statementId) : null)))) : empty('No quotes recorded.'),
      history.length > 1 ? [h('h3', {}, 'History'), h('ol', { class: 'list' }, history.map((p) => h('li', {},
        date(p.validFrom), ' ', stance(p.stance), p.id === position.id ? ' (this one)' : '')))] : null);
    detail.querySelector('h2').focus();
  } catch (error) {
    detail.replaceChildren(h('p', { class: 'state error', role: 'alert' }, error.message));
  }
}

// ---------------------------------------------------------------- quotes

export async function quotes({ query, signal, navigate }) {
  const q = (query.get('q') || '').trim();
  const actor = query.get('actor') || '';
  const issue = query.get('issue') || '';
  const [hits, actors, issues] = await Promise.all([
    q ? get('/search', { q, type: 'STATEMENT', actor, issue, size: ALL, page: query.get('page') }, signal)
      : get('/statements', { actor, issue, size: ALL, page: query.get('page') }, signal),
    get('/actors', { size: ALL, sort: 'name' }, signal),
    get('/issues', { size: ALL }, signal),
  ]);
  const rows = hits.content.map((hit) => (q
    ? h('li', { 'data-statement': hit.id }, h('blockquote', {}, marked(hit.snippet)), h('p', { class: 'muted' },
      actorLink(hit.speaker), ' · ', date(hit.date), ' · ', articleLink(hit.article, hit.id)))
    : h('li', { 'data-statement': hit.id }, h('blockquote', {}, hit.text), h('p', { class: 'muted' },
      actorLink(hit.speaker), ' · ', date(hit.statedOn), ' · ', hit.kind === 'DIRECT_QUOTE' ? 'direct quote' : 'paraphrase', ' · ',
      articleLink(hit.source.article, hit.id)))));
  return view('Quotes',
    filters(navigate, '/quotes', [h('label', {}, 'Search ', h('input', { type: 'search', name: 'q', value: q, placeholder: 'e.g. security guarantees' })),
      select('actor', 'Speaker', actorOptions(actors), actor), select('issue', 'Issue', issueOptions(issues), issue)]),
    rows.length ? [h('p', { class: 'muted' }, `${hits.page.totalElements} statement${hits.page.totalElements === 1 ? '' : 's'}`),
      h('ul', { class: 'quotes' }, rows), more(hits.page, rows.length)] : empty(q ? `No statement matches “${q}”.` : 'No statements for these filters.'));
}

// ---------------------------------------------------------------- article

export async function article({ parameters: [slug], query, signal }) {
  const wanted = Number(query.get('statement')) || null;
  const [doc, discrepancies] = await Promise.all([
    get(`/articles/${encodeURIComponent(slug)}`, {}, signal),
    get('/discrepancies', { size: ALL }, signal),
  ]);
  const about = discrepancies.content.filter((d) => d.readings.some((r) => r.sources.some((s) => s.article.slug === slug)));
  const body = h('div', { class: 'article-body' }, markSpans(doc.body, doc.statements, wanted));
  return view(doc.title,
    h('p', { class: 'muted' }, [doc.outlet, doc.publishedOn, doc.url ? h('a', { href: doc.url, rel: 'noopener' }, 'original') : null].filter(Boolean)
      .flatMap((x, i) => (i ? [' · ', x] : [x])), doc.notes ? h('span', {}, ' ', doc.notes) : null),
    h('div', { class: 'article-layout' }, body,
      h('aside', {}, section(`Statements (${doc.statements.length})`, doc.statements.length ? h('ol', { class: 'list' }, doc.statements.map((s) => h('li', {},
        link(`?statement=${s.id}`, `“${s.text.length > 90 ? s.text.slice(0, 88) + '…' : s.text}”`), ' — ', actorLink(s.speaker)))) : empty('No statements taken from this article.')),
      section('Where the sources disagree', about.length ? about.map((d) => h('div', { class: 'discrepancy' },
        h('h3', {}, d.question), h('ul', {}, d.readings.map((r) => h('li', {}, h('strong', {}, r.reading), r.preferred ? ' (preferred)' : '',
          h('ul', {}, r.sources.map((s) => h('li', { class: s.article.slug === slug ? 'this' : null }, `“${s.excerpt}” — `,
            s.article.slug === slug ? 'this article' : articleLink(s.article))))))),
        d.resolution ? h('p', { class: 'muted' }, d.resolution) : null)) : empty('No disagreement recorded that involves this article.')))));
}

/**
 * The body with a <mark> around exactly body.substring(start, end) of each statement;
 * a span inside another is nested in it.
 */
function markSpans(body, statements, wanted) {
  const spans = statements.map((s) => ({ s, start: s.source.start, end: s.source.end }))
    .filter((x) => x.start >= 0 && x.end <= body.length && x.start < x.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root = { children: [], end: body.length };
  const stack = [root];
  let at = 0;
  const text = (to) => { if (to > at) { stack[stack.length - 1].children.push(body.slice(at, to)); at = to; } };
  for (const span of spans) {
    while (stack.length > 1 && stack[stack.length - 1].end <= span.start) { text(stack[stack.length - 1].end); close(); }
    text(span.start);
    const top = stack[stack.length - 1];
    const node = { span, end: Math.min(span.end, top.end), children: [] };
    stack.push(node);
  }
  while (stack.length > 1) { text(stack[stack.length - 1].end); close(); }
  text(body.length);
  function close() {
    const node = stack.pop();
    const { s } = node.span;
    stack[stack.length - 1].children.push(h('mark', {
      id: `statement-${s.id}`, 'data-statement': s.id, tabindex: '0', class: s.id === wanted ? 'wanted' : null, 'data-focus': s.id === wanted ? '' : null,
      title: `${s.speaker ? s.speaker.name : 'unknown speaker'}${s.statedOn ? `, ${s.statedOn}` : ''}`,
    }, node.children));
  }
  return paragraphs(root.children);
}

/** Splits text children at blank lines into paragraphs, keeping marks whole. */
function paragraphs(children) {
  const out = [h('p', {})];
  for (const child of children) {
    if (typeof child !== 'string') { out[out.length - 1].append(child); continue; }
    child.split(/(\n\s*\n)/).forEach((part, i) => {
      if (i % 2) { out.push(h('p', {})); out[out.length - 2].append(part); } else out[out.length - 1].append(part);
    });
  }
  return out;
}

// ---------------------------------------------------------------- statement (resolves to its article)

export async function statement({ parameters: [id], signal, navigate }) {
  const s = await get(`/statements/${encodeURIComponent(id)}`, {}, signal);
  navigate(`/articles/${encodeURIComponent(s.source.article.slug)}?statement=${s.id}`, true);
  return h('p', { class: 'state loading' }, 'Opening the article…');
}

// ---------------------------------------------------------------- map

export async function map({ query, signal }) {
  const chosen = query.get('summit') || '';
  const [summits, land] = await Promise.all([
    get('/summits', { size: ALL }, signal),
    fetch('/app/vendor/world-atlas/land-110m.json', { signal }).then((r) => r.json()),
  ]);
  const placed = summits.content.filter((s) => s.location && s.location.latitude != null && s.location.longitude != null);
  const others = summits.content.filter((s) => !placed.includes(s));
  const item = (s) => h('li', { 'data-summit': s.slug, class: s.slug === chosen ? 'wanted' : null, 'data-focus': s.slug === chosen ? '' : null },
    h('span', { class: `status status-${s.status.toLowerCase()}` }, s.status.toLowerCase()), ' ', h('strong', {}, s.title), ' ', date(s.startDate),
    s.location ? h('span', { class: 'muted' }, ` · ${s.location.name}`) : null, ' · ', link(s.startDate ? `/timeline?from=${s.startDate}&to=${s.endDate || s.startDate}` : `/timeline?actor=${s.participants.length ? s.participants[0].actor.slug : ''}`, 'timeline'),
    s.participants.length ? h('p', { class: 'muted' }, s.participants.map((p) => p.actor.name).join(', ')) : null);
  return view('Where they met',
    h('p', { class: 'legend' }, ['held', 'planned', 'proposed'].map((k) => h('span', { class: `key key-${k}` }, k))),
    summits.content.length === 0 ? empty('No events on record.') : [
      worldMap(land, placed, chosen),
      section('On the map', placed.length ? h('ul', { class: 'list' }, placed.map(item)) : empty('No event has known coordinates.')),
      section('Place unknown', others.length ? h('ul', { class: 'list' }, others.map(item)) : empty('Every event is on the map.')),
    ]);
}

// ---------------------------------------------------------------- actor

export async function actor({ parameters: [slug], query, signal }) {
  const path = `/actors/${encodeURIComponent(slug)}`;
  const [a, statements, positions] = await Promise.all([
    get(path, {}, signal),
    get(`${path}/statements`, { size: ALL, page: query.get('page') }, signal),
    get(`${path}/positions`, { size: ALL }, signal),
  ]);
  const byIssue = new Map();
  for (const p of positions.content) {
    if (!byIssue.has(p.issue.code)) byIssue.set(p.issue.code, { issue: p.issue, list: [] });
    byIssue.get(p.issue.code).list.push(p);
  }
  for (const group of byIssue.values()) group.list.sort((x, y) => String(x.validFrom || '').localeCompare(String(y.validFrom || '')));
  return view(a.name,
    h('p', {}, a.kind.toLowerCase(), a.title ? ` · ${a.title}` : '', a.affiliation ? [' · ', actorLink(a.affiliation)] : ''),
    a.aliases.length ? h('p', {}, 'Also named: ', a.aliases.join(', ')) : null,
    a.notes ? h('p', { class: 'muted' }, a.notes) : null,
    a.memberOf.length ? h('p', {}, 'Member of: ', a.memberOf.map((m) => [actorLink(m.actor || m), ' '])) : null,
    a.members.length ? h('p', {}, 'Members: ', a.members.map((m) => [actorLink(m.actor || m), ' '])) : null,
    h('p', {}, link(`/timeline?actor=${a.slug}`, 'Timeline'), ' · ', link(`/matrix?actor=${a.slug}`, 'Stances'), ' · ', link(`/quotes?actor=${a.slug}`, 'Quotes')),
    section('Positions over time', byIssue.size ? h('dl', { class: 'positions' }, [...byIssue.values()].map(({ issue, list }) => [
      h('dt', {}, link(`/matrix?issue=${issue.code}`, issue.name)),
      h('dd', {}, h('ol', { class: 'chain' }, list.map((p) => h('li', { 'data-position': p.id, title: p.summary },
        date(p.validFrom), ' ', stance(p.stance), p.current ? ' (current)' : ''))))])) : empty('No positions on record.')),
    section(`Statements (${statements.page.totalElements})`, statements.content.length ? h('ul', { class: 'quotes' }, statements.content.map((s) => h('li', { 'data-statement': s.id },
      h('blockquote', {}, s.text), h('p', { class: 'muted' }, date(s.statedOn), ' · ', articleLink(s.source.article, s.id))))) : empty('No statements on record.'),
    more(statements.page, statements.content.length)));
}

