/*
 * Applies the reader's saved light/dark choice to <html data-theme> before the first paint.
 * Loaded without defer in <head>, so it must stay tiny. Without a saved choice the stylesheet
 * follows the system preference. theme-toggle.js saves the choice under the same key.
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
})();
