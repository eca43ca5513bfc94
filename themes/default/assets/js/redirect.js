/*
 * Redirect pages (latest/..., aliases, the site's front door) load this before their meta refresh:
 * it goes to the page named in data-to and keeps the #anchor, which a meta refresh would drop.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const target = script && script.getAttribute('data-to');
  if (target) {
    window.location.replace(target + window.location.hash);
  }
})();
