// Stand-in for the theme's search box: loads the runtime on the first key, so the chain of loads that
// follows waits for no other key.
(() => {
  'use strict';
  const input = document.querySelector('.header-tools input[type=search]');
  const base = new URL('../../../', document.currentScript.src);
  input.addEventListener('input', () => {
    if (window.PlaybookSearch) return;
    const script = document.createElement('script');
    script.src = new URL('assets/js/search/runtime.js', base).href;
    script.dataset.base = base.href;
    document.head.append(script);
  }, { once: true });
})();
