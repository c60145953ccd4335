// The one way the dashboard reaches Parley: the public API under /api/v1, at this origin
// unless another base is configured (?api=, then localStorage "parley-api", then the
// <meta name="parley-api"> of index.html).

const STORAGE = 'parley-api';
const KEY = 'parley-editor-key';

function configuredBase() {
  const fromQuery = new URLSearchParams(location.search).get('api');
  if (fromQuery !== null) {
    if (fromQuery === '') localStorage.removeItem(STORAGE);
    else localStorage.setItem(STORAGE, fromQuery);
  }
  const meta = document.querySelector('meta[name="parley-api"]');
  return (localStorage.getItem(STORAGE) || (meta && meta.content) || '').replace(/\/+$/, '');
}

export const base = configuredBase();

/** A failed request, with the problem (RFC 9457) the API answered when there was one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem && (problem.detail || problem.title) || `The API answered ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** The editor key pasted on the review view: this tab only, sent as a Bearer header. */
export const editorKey = {
  get: () => sessionStorage.getItem(KEY) || '',
  set: (key) => (key ? sessionStorage.setItem(KEY, key) : sessionStorage.removeItem(KEY)),
};

/** GET /api/v1 + path with the given query (empty values left out); resolves to JSON. */
export function get(path, query = {}, signal) {
  return send('GET', path, query, undefined, signal);
}

export function post(path, body) {
  return send('POST', path, {}, body);
}

async function send(method, path, query, body, signal) {
  const url = new URL(base + '/api/v1' + path, location.origin);
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const headers = { Accept: 'application/json' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    if (editorKey.get()) headers.Authorization = 'Bearer ' + editorKey.get();
  }
  let response;
  try {
    response = await fetch(url, { method, headers, signal, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw new ApiError(0, { title: 'Parley could not be reached', detail: `No answer from ${url.origin}.` });
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json() : null;
  if (!response.ok) throw new ApiError(response.status, data);
  return data;
}
