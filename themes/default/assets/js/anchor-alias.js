/*
 * A heading whose anchor changed in a later release keeps its old anchor as an empty element
 * inside it (span.anchor-alias, added by the generator), so old links still land on the section.
 * This puts the heading's current anchor in the address, so the reader copies the current link.
 */
(() => {
  'use strict';

  const follow = () => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const alias = id ? document.getElementById(id) : null;
    if (alias && alias.classList.contains('anchor-alias') && alias.dataset.anchor) {
      window.history.replaceState(window.history.state, '', `#${encodeURIComponent(alias.dataset.anchor)}`);
    }
  };
  follow();
  window.addEventListener('hashchange', follow);
})();
