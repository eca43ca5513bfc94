/*
 * Glossary terms in the text (span.term: the link to the glossary and its tooltip). CSS shows a
 * tooltip on hover and on keyboard focus; this script adds what CSS cannot: a first tap on a
 * touch screen opens the tooltip instead of leaving the page (a second tap follows the link),
 * Escape hides an open tooltip, and a tap elsewhere closes it.
 */
(() => {
  'use strict';

  const terms = Array.from(document.querySelectorAll('.term'));
  if (terms.length === 0) {
    return;
  }
  let pointer = '';

  const closeAll = (except) => {
    terms.forEach((term) => {
      if (term !== except) {
        term.classList.remove('is-open');
      }
    });
  };

  document.addEventListener('pointerdown', (event) => {
    pointer = event.pointerType;
    if (!event.target.closest('.term')) {
      closeAll(null);
    }
  }, true);

  terms.forEach((term) => {
    const link = term.querySelector('.term-link');
    if (!link) {
      return;
    }
    link.addEventListener('click', (event) => {
      // A keyboard activation (detail 0) or a mouse click follows the link; a first tap opens the tip.
      if (pointer === 'touch' && event.detail > 0 && !term.classList.contains('is-open')) {
        event.preventDefault();
        closeAll(term);
        term.classList.add('is-open');
      }
    });
    link.addEventListener('focus', () => term.classList.remove('is-dismissed'));
    term.addEventListener('mouseleave', () => term.classList.remove('is-dismissed'));
  });

  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') {
      return;
    }
    terms.forEach((term) => {
      if (term.classList.contains('is-open') || term.matches(':hover, :focus-within')) {
        term.classList.remove('is-open');
        term.classList.add('is-dismissed');
      }
    });
  });
})();
