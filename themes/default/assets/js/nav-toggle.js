/*
 * The Menu button that opens and closes the sidebar navigation on small screens. The button's
 * aria-expanded is the only state; the stylesheet hides the navigation while it is "false".
 * Without this script the button stays hidden and the navigation stays open.
 */
(() => {
  'use strict';

  const button = document.querySelector('.nav-toggle[aria-controls]');
  const nav = button && document.getElementById(button.getAttribute('aria-controls'));
  if (!nav) {
    return;
  }

  const isOpen = () => button.getAttribute('aria-expanded') === 'true';
  const setOpen = (open) => button.setAttribute('aria-expanded', String(open));

  button.hidden = false;
  button.addEventListener('click', () => setOpen(!isOpen()));

  // Escape closes an open menu and gives focus back to the button.
  nav.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isOpen() && button.offsetParent !== null) {
      setOpen(false);
      button.focus();
    }
  });
})();
