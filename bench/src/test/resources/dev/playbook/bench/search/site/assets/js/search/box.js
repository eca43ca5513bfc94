// Stand-in for the theme's search box: loads the runtime on first focus, as the real one does.
(() => {
  'use strict';
  const input = document.querySelector('.header-tools input[type=search]');
  const base = new URL('../../../', document.currentScript.src);
  input.addEventListener('focus', () => {
    if (window.PlaybookSearch) return;
    const script = document.createElement('script');
    script.src = new URL('assets/js/search/runtime.js', base).href;
    script.dataset.base = base.href;
    document.head.append(script);
  }, { once: true });
})();
