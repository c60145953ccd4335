// Review: an article's pending candidates (statements the extractor proposed), accepted or
// rejected by an editor whose key stays in this tab's sessionStorage.
import { get, post, editorKey } from './api.js';
import { h, link, actorLink } from './dom.js';

export async function review({ parameters: [slug], signal, navigate }) {
  const keyForm = h('form', {
    class: 'filters',
    onsubmit: (event) => {
      event.preventDefault();
      editorKey.set(event.target.elements.key.value.trim());
      navigate(location.pathname + location.search, true);
    },
  }, h('label', {}, 'Editor key ', h('input', { type: 'password', name: 'key', autocomplete: 'off', value: editorKey.get() })),
  h('button', { type: 'submit' }, 'Use key'),
  editorKey.get() ? h('button', { type: 'button', onclick: () => { editorKey.set(''); navigate(location.pathname, true); } }, 'Forget key') : null,
  h('p', { class: 'muted' }, 'Kept in this tab only (sessionStorage) and sent as a Bearer header with accept and reject.'));

  if (!slug) {
    const articles = await get('/articles', { size: 100 }, signal);
    return h('div', { class: 'view', 'data-title': 'Review' }, h('h1', {}, 'Review'), keyForm,
      h('p', {}, 'Choose an article to review the statements proposed from it.'),
      articles.content.length ? h('ul', { class: 'list' }, articles.content.map((a) => h('li', {}, link(`/review/${a.slug}`, a.title))))
        : h('p', { class: 'state empty' }, 'No articles yet.'));
  }
  const candidates = await get(`/articles/${encodeURIComponent(slug)}/candidates`, { status: 'PENDING', size: 100 }, signal);
  const list = h('ul', { class: 'quotes' }, candidates.content.map((c) => {
    const message = h('p', { class: 'muted', 'aria-live': 'polite' });
    const decide = async (action, body) => {
      message.textContent = 'Sending…';
      try {
        await post(`/candidates/${c.id}/${action}`, body);
        row.remove();
      } catch (error) {
        message.textContent = error.problem && error.problem.title ? `${error.problem.title}: ${error.problem.detail || ''}` : error.message;
        message.className = 'state error';
      }
    };
    const reason = h('input', { type: 'text', name: 'reason', 'aria-label': 'Reason for rejecting' });
    const row = h('li', { 'data-candidate': c.id },
      h('blockquote', {}, c.text),
      h('p', {}, c.speaker ? actorLink(c.speaker) : c.speakerName || 'unknown speaker', ` · ${c.kind === 'DIRECT_QUOTE' ? 'direct quote' : 'paraphrase'}`,
        c.confidence != null ? ` · confidence ${Math.round(c.confidence * 100)}%` : ''),
      h('div', { class: 'actions' },
        h('button', { type: 'button', disabled: !editorKey.get(), onclick: () => decide('accept', {}) }, 'Accept'),
        h('label', {}, 'Reason ', reason),
        h('button', { type: 'button', disabled: !editorKey.get(), onclick: () => decide('reject', reason.value ? { reason: reason.value } : {}) }, 'Reject')),
      message);
    return row;
  }));
  return h('div', { class: 'view', 'data-title': 'Review' }, h('h1', {}, 'Review'), keyForm,
    h('p', {}, 'Pending statements from ', link(`/articles/${slug}`, slug), '.'),
    candidates.content.length ? list : h('p', { class: 'state empty' }, 'Nothing pending for this article.'));
}
