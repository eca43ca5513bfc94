/*
 * The header search box, kept light: every page loads only this. On the box's first focus or
 * pointer press it loads the search scripts and the index's manifest, all at once and run in
 * order, and search/combobox.js takes over. "/" outside a field focuses the box (on search.html,
 * the page's own field). Without JavaScript the box is a plain form that opens search.html?q=...
 */
(() => {
  'use strict';

  const form = document.querySelector('form.site-search');
  const input = form && form.querySelector('input[name="q"]');
  const self = document.currentScript;
  if (!input || !self) {
    return;
  }
  const assets = self.src.replace(/search-box\.js(?:[?#].*)?$/, '');
  const root = (form.getAttribute('action') || 'search.html').replace(/search\.html$/, '');
  const RUNTIME = ['analyzer', 'files', 'MANIFEST', 'lexicon', 'ranker', 'engine', 'highlight', 'results', 'languages', 'combobox'];

  let started = false;
  const start = () => {
    if (started) {
      return;
    }
    started = true;
    const present = new Set(Array.from(document.scripts, (script) => script.src));
    const haveEngine = Boolean(window.PlaybookSearch && window.PlaybookSearch.deliver);
    // languages.js ("All languages") only where there are languages to choose from.
    const multilingual = Boolean(form.querySelector('.search-languages'));
    RUNTIME.filter((name) => name !== 'languages' || multilingual).forEach((name) => {
      const src = name === 'MANIFEST' ? `${root}search/manifest.js` : `${assets}search/${name}.js`;
      const script = document.createElement('script');
      script.src = src;
      if (present.has(script.src) || (name === 'MANIFEST' && haveEngine)) {
        return;
      }
      script.async = false; // downloaded together, run in this order
      document.head.appendChild(script);
    });
  };

  input.setAttribute('aria-keyshortcuts', '/');
  input.addEventListener('focus', start);
  input.addEventListener('pointerdown', start);

  const typing = (target) => target instanceof Element
    && (target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null);

  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typing(event.target)) {
      event.preventDefault();
      (document.querySelector('.search-page-input') || input).focus(); // search.html has its own field
    }
  });
})();
