// Loads a script by URL and resolves when it has run: how pages read data files (versions.js,
// pages.js, course files) from disk as well as over HTTP, where fetch() of file:// URLs fails.
(() => {
  'use strict';
  window.playbookLoadScript = (src) => new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.addEventListener('load', () => {
      script.remove();
      resolve();
    });
    script.addEventListener('error', () => {
      script.remove();
      reject(new Error(`cannot load ${src}`));
    });
    document.head.append(script);
  });
})();
