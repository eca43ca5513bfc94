/*
 * The language switcher's links lead to the same page in each language; this carries the section
 * the reader is at (the address's #anchor) along, and the address's ?query (a search, a course
 * being followed), which the same page reads the same way in every language. Every page answers
 * the other languages' anchors of its headings (span.anchor-alias), so the anchor lands on the
 * same section.
 */
(() => {
  'use strict';

  const carry = (event) => {
    const link = event.target.closest('.language-switcher a[href]');
    if (!link || (!window.location.hash && !window.location.search)) {
      return;
    }
    const href = link.getAttribute('href').split('#')[0].split('?')[0];
    link.setAttribute('href', href + window.location.search + window.location.hash);
  };
  // Before the browser follows the link: a click, a middle click, or the keyboard's Enter.
  document.addEventListener('click', carry, true);
  document.addEventListener('auxclick', carry, true);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      carry(event);
    }
  }, true);
})();
