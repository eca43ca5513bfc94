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

    const choices = () => selects
      .filter((select) => select.value !== '')
      .map((select) => ({ name: select.dataset.filter, value: select.value }));

    const showCount = (shown) => {
      if (status) {
        if (shown === items.length) {
          status.textContent = `Showing all ${items.length}`;
        } else if (shown === 0) {
          status.textContent = `Showing 0 of ${items.length}: nothing matches every filter`;
        } else {
          status.textContent = `Showing ${shown} of ${items.length}`;
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
