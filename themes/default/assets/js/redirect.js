/*
 * Redirect pages (latest/..., go/<id>, aliases, the site's front door) load this before their meta
 * refresh: it goes to the page named in data-to and keeps the query (a course step's ?course=&step=)
 * and the #anchor, which a meta refresh would drop.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const target = script && script.getAttribute('data-to');
  if (target) {
    window.location.replace(target + window.location.search + window.location.hash);
  }
})();
