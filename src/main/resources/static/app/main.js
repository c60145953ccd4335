// The dashboard's router: the URL (path and query) is the whole state of a view, so every
// view is a deep link. Links inside the page are followed without a reload.
import { base, ApiError } from './api.js';
import { h } from './dom.js';
import * as views from './views.js';
import { review } from './review.js';

const routes = [
  [/^\/$/, views.overview, 'Overview'],
  [/^\/timeline$/, views.timeline, 'Timeline'],
  [/^\/matrix$/, views.matrix, 'Stance matrix'],
  [/^\/quotes$/, views.quotes, 'Quotes'],
  [/^\/map$/, views.map, 'Map'],
  [/^\/articles\/([^/]+)$/, views.article, 'Article'],
  [/^\/actors\/([^/]+)$/, views.actor, 'Actor'],
  [/^\/statements\/([^/]+)$/, views.statement, 'Statement'],
  [/^\/review(?:\/([^/]+))?$/, review, 'Review'],
];

const main = document.getElementById('main');
let current;

/** What the reader sees when a request fails: the problem's title and detail. */
export function errorState(error) {
  const problem = error instanceof ApiError ? error.problem : null;
  return h('div', { class: 'state error', role: 'alert' },
    h('h2', {}, problem && problem.title ? problem.title : 'Something went wrong'),
    h('p', {}, problem && problem.detail ? problem.detail : error.message),
    error.status ? h('p', { class: 'muted' }, `HTTP ${error.status}${problem && problem.type ? ` · ${problem.type}` : ''}`) : null,
    h('p', {}, h('a', { href: '/' }, 'Back to the overview')));
}

async function render() {
  if (current) current.abort();
  const controller = new AbortController();
  current = controller;
  const path = location.pathname.replace(/\/+$/, '') || '/';
  const route = routes.find(([pattern]) => pattern.test(path));
  main.setAttribute('aria-busy', 'true');
  main.replaceChildren(h('p', { class: 'state loading' }, 'Loading…'));
  for (const a of document.querySelectorAll('header nav a')) {
    const target = a.getAttribute('href');
    a.toggleAttribute('aria-current', target === '/' ? path === '/' : path.startsWith(target));
  }
  try {
    if (!route) {
      throw new ApiError(404, { title: 'No such view', detail: `The dashboard has no page at ${path}.` });
    }
    const [pattern, view, title] = route;
    const parameters = path.match(pattern).slice(1).map((p) => (p === undefined ? p : decodeURIComponent(p)));
    const query = new URLSearchParams(location.search);
    document.title = `${title} · Parley`;
    const content = await view({ parameters, query, signal: controller.signal, navigate });
    if (controller.signal.aborted) return;
    main.replaceChildren(content);
    if (content.dataset && content.dataset.title) document.title = `${content.dataset.title} · Parley`;
    const focus = main.querySelector('[data-focus]');
    if (focus) focus.scrollIntoView({ block: 'center' });
  } catch (error) {
    if (error.name === 'AbortError' || controller.signal.aborted) return;
    main.replaceChildren(errorState(error));
  } finally {
    if (!controller.signal.aborted) {
      main.removeAttribute('aria-busy');
      main.dataset.ready = 'true';
      if (!main.dataset.firstViewMs) main.dataset.firstViewMs = String(Math.round(performance.now()));
    }
  }
}

/** Goes to a URL of the dashboard, keeping history; replace for a state change in place. */
export function navigate(url, replace = false) {
  delete main.dataset.ready;
  history[replace ? 'replaceState' : 'pushState'](null, '', url);
  render();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a');
  if (!a || !a.hasAttribute('href') || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
    || event.shiftKey || a.getAttribute('target')) return;
  const url = new URL(a.getAttribute('href'), location.href);
  if (url.origin !== location.origin || url.pathname.startsWith('/api/') || url.pathname.startsWith('/swagger')) return;
  event.preventDefault();
  if (url.pathname + url.search !== location.pathname + location.search) {
    navigate(url.pathname + url.search + url.hash);
    main.focus({ preventScroll: true });
  }
});
window.addEventListener('popstate', render);
document.getElementById('api-base').textContent = `API: ${base || location.origin}/api/v1`;
render();
