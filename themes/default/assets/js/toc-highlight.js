/*
 * Marks the table-of-contents link of the section being read (class "is-active"), updated as
 * the reader scrolls.
 */
(() => {
  'use strict';

  const links = Array.from(document.querySelectorAll('.page-toc a[href^="#"]'));
  const targets = links
    .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
    .filter((target) => target.heading !== null);
  if (targets.length < 2) {
    return;
  }

  let active = null;
  let scheduled = false;

  const update = () => {
    scheduled = false;
    const line = window.innerHeight * 0.25;
    let current = targets[0];
    for (const target of targets) {
      if (target.heading.getBoundingClientRect().top <= line) {
        current = target;
      } else {
        break;
      }
    }
    // At the very bottom, the last section is the one being read even if its heading is low.
    const atEnd = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    if (atEnd && targets[targets.length - 1].heading.getBoundingClientRect().top < window.innerHeight) {
      current = targets[targets.length - 1];
    }
    if (current !== active) {
      if (active) {
        active.link.classList.remove('is-active');
      }
      current.link.classList.add('is-active');
      active = current;
    }
  };

  const schedule = () => {
    if (!scheduled) {
      scheduled = true;
      window.requestAnimationFrame(update);
    }
  };

  window.addEventListener('scroll', schedule, { passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  update();
})();
