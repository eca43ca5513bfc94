/*
 * The header's dark-mode button: a toggle (aria-pressed = dark mode on) that switches between
 * light and dark, sets <html data-theme> and saves the choice for theme-init.js.
 */
(() => {
  'use strict';

  const STORAGE_KEY = 'playbook-theme';
  const root = document.documentElement;
  const systemDark = window.matchMedia('(prefers-color-scheme: dark)');
  const buttons = document.querySelectorAll('.theme-toggle');

  if (buttons.length === 0) {
    return;
  }

  const isDark = () => {
    const choice = root.getAttribute('data-theme');
    return choice === 'dark' || (choice !== 'light' && systemDark.matches);
  };

  const save = (choice) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, choice);
    } catch {
      // Not saved (storage off limits); the choice still holds for this page.
    }
  };

  const showState = () => {
    const pressed = String(isDark());
    buttons.forEach((button) => button.setAttribute('aria-pressed', pressed));
  };

  buttons.forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => {
      const choice = isDark() ? 'light' : 'dark';
      root.setAttribute('data-theme', choice);
      save(choice);
      showState();
    });
  });

  // Follow a change of system preference while no choice is saved, and choices made in other tabs.
  systemDark.addEventListener('change', showState);
  window.addEventListener('storage', (event) => {
    if (event.key === STORAGE_KEY && (event.newValue === 'dark' || event.newValue === 'light')) {
      root.setAttribute('data-theme', event.newValue);
      showState();
    }
  });

  showState();
})();
