/*
 * Before the first paint: applies the reader's saved light/dark choice to <html data-theme>, and
 * embed mode (<html class="embed">, which hides the header, sidebar and footer) when the address
 * has ?embed=1. Inside a frame (a learning system's) embed mode lasts for the frame's session, so
 * links followed there stay embedded; ?embed=0 ends it. Loaded without defer in <head>, so it must
 * stay tiny. Without a saved choice the stylesheet follows the system preference.
 * theme-toggle.js saves the choice under the same key. Once the page has loaded (and the browser
 * has jumped to the address's #section, at once), jumps within the page may glide (scroll-smooth).
 */
(() => {
  'use strict';

  try {
    const choice = window.localStorage.getItem('playbook-theme');
    if (choice === 'dark' || choice === 'light') {
      document.documentElement.setAttribute('data-theme', choice);
    }
  } catch {
    // Storage can be off limits (file:// pages, privacy settings): the system preference applies.
  }

  const embed = new URLSearchParams(window.location.search).get('embed');
  const framed = window.self !== window.top;
  let embedded = embed === '1';
  try {
    if (framed && embed === '1') {
      window.sessionStorage.setItem('playbook-embed', '1');
    } else if (embed === '0') {
      window.sessionStorage.removeItem('playbook-embed');
    } else if (framed && embed === null) {
      embedded = window.sessionStorage.getItem('playbook-embed') === '1';
    }
  } catch {
    // Without storage, only pages opened with ?embed=1 are embedded.
  }
  if (embedded) {
    document.documentElement.classList.add('embed');
  }

  window.addEventListener('load', () => {
    window.setTimeout(() => document.documentElement.classList.add('scroll-smooth'), 0);
  }, { once: true });
})();
