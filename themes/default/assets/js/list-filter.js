/*
 * Narrows a list of pages with the selects of a form.filters. Each select names, in
 * data-filter, the attribute of the rows it matches: a row shows when, for every select with a
 * choice, its data-<name> holds the chosen value as one of its space-separated tokens. The count
 * shown is announced politely; the choice is kept in the address (?standards=...&tags=...) so a
 * filtered list can be linked. The form starts hidden: without this script the whole list shows.
 */
(() => {
  'use strict';

  const tokens = (value) => (value || '').split(/\s+/).filter(Boolean);

  const setUp = (form) => {
    const list = form.parentElement && form.parentElement.querySelector('.item-list');
    const selects = Array.from(form.querySelectorAll('select[data-filter]'));
    const status = form.querySelector('.filter-status');
    if (!list || selects.length === 0) {
      return;
    }
    const items = Array.from(list.children);
    let words = {};
    try {
      words = JSON.parse(form.dataset.words || '{}');
    } catch {
      words = {};
    }
    /** A word in the page's language (data-words: the theme's js.* messages; English where the page names none), its {0}, {1}... filled in. */
    const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
      words[key] || english);

    const choices = () => selects
      .filter((select) => select.value !== '')
      .map((select) => ({ name: select.dataset.filter, value: select.value }));

    const showCount = (shown) => {
      if (status) {
        if (shown === items.length) {
          status.textContent = say('js.showingAll', 'Showing all {0}', items.length);
        } else if (shown === 0) {
          status.textContent = say('js.showingNone', 'Showing 0 of {0}: nothing matches every filter', items.length);
        } else {
          status.textContent = say('js.showingSome', 'Showing {0} of {1}', shown, items.length);
        }
      }
    };

    // Keeps the rest of the address (other parameters, the fragment) as it was.
    const remember = () => {
      try {
        const url = new URL(window.location.href);
        selects.forEach((select) => {
          if (select.value === '') {
            url.searchParams.delete(select.dataset.filter);
          } else {
            url.searchParams.set(select.dataset.filter, select.value);
          }
        });
        window.history.replaceState(window.history.state, '', url.href);
      } catch {
        // Some browsers refuse to change file:// addresses; the filter still works on the page.
      }
    };

    const apply = () => {
      const wanted = choices();
      let shown = 0;
      items.forEach((item) => {
        const match = wanted.every(({ name, value }) => tokens(item.getAttribute(`data-${name}`)).includes(value));
        item.hidden = !match;
        if (match) {
          shown += 1;
        }
      });
      showCount(shown);
    };

    // A choice in the address is taken only if the select offers it.
    const params = new URLSearchParams(window.location.search);
    selects.forEach((select) => {
      const value = params.get(select.dataset.filter);
      if (value !== null && Array.from(select.options).some((option) => option.value === value)) {
        select.value = value;
      }
    });

    form.addEventListener('change', () => {
      apply();
      remember();
    });
    // The reset event comes before the form clears its fields.
    form.addEventListener('reset', () => {
      window.setTimeout(() => {
        apply();
        remember();
      });
    });
    form.addEventListener('submit', (event) => event.preventDefault());

    // Counted before the form shows, so the first count is not announced as a change.
    apply();
    form.hidden = false;
  };

  document.querySelectorAll('form.filters').forEach(setUp);
})();
