// Small helpers to build the page from API answers. Text always goes in as text; the only
// markup taken from an answer is search's <mark>, rebuilt element by element.

/** h('a', {href: '/x'}, 'text', child, [more]) */
export function h(tag, attributes = {}, ...children) {
  return build(document.createElement(tag), attributes, children);
}

/** The same for SVG elements (s('a', ...) is an SVG link). */
export function s(tag, attributes = {}, ...children) {
  return build(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
}

function build(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Text with <mark>…</mark> (as search snippets carry) as text nodes and mark elements. */
export function marked(snippet) {
  const parts = String(snippet).split(/(<mark>|<\/mark>)/);
  const out = [];
  let open = false;
  for (const part of parts) {
    if (part === '<mark>') open = true;
    else if (part === '</mark>') open = false;
    else if (part) out.push(open ? h('mark', {}, part) : part);
  }
  return out;
}

export const STANCES = {
  SUPPORTS: { label: 'supports', sign: '✓' },
  OPPOSES: { label: 'opposes', sign: '✗' },
  CONDITIONAL: { label: 'conditional', sign: '≈' },
  UNCLEAR: { label: 'unclear', sign: '?' },
};

export function stance(value) {
  const known = STANCES[value] || { label: String(value).toLowerCase(), sign: '·' };
  return h('span', { class: `stance stance-${String(value).toLowerCase()}` }, h('span', { 'aria-hidden': 'true' }, known.sign + ' '), known.label);
}

export function date(value) {
  return value ? h('time', { datetime: value }, value) : h('span', { class: 'undated' }, 'undated');
}

export const link = (href, ...children) => h('a', { href }, ...children);
export const actorLink = (actor) => (actor ? link(`/actors/${encodeURIComponent(actor.slug)}`, actor.name) : null);
export const articleLink = (article, statementId) => link(
  `/articles/${encodeURIComponent(article.slug)}${statementId ? `?statement=${statementId}` : ''}`, article.title);

/** The select of a filter form: '' means any. */
export function select(name, label, options, chosen) {
  return h('label', {}, label, ' ', h('select', { name },
    h('option', { value: '' }, 'any'),
    options.map(([value, text]) => h('option', { value, selected: value === chosen }, text))));
}

export function addDays(iso, days) {
  const d = new Date(iso + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
