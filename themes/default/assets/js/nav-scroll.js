/*
 * Scrolls the sidebar (when it scrolls on its own, on wider screens) so that the current page's
 * entry is in view, without moving the page itself.
 */
(() => {
  'use strict';

  const sidebar = document.querySelector('.sidebar');
  const current = sidebar && sidebar.querySelector('.nav-entries [aria-current="page"]');
  if (!current || sidebar.scrollHeight <= sidebar.clientHeight) {
    return;
  }

  const top = current.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
  const bottom = top + current.offsetHeight;
  if (top < 0 || bottom > sidebar.clientHeight) {
    sidebar.scrollTop += top - sidebar.clientHeight / 3;
  }
})();
