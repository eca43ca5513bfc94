/*
 * The header search box as a combobox: results as you type in a listbox below it, grouped by page;
 * ArrowDown and ArrowUp move through them (aria-activedescendant), Enter opens the one chosen (or,
 * with none chosen, submits to search.html), Escape closes. With no results it offers close index
 * terms as buttons. A polite status says how many results there are.
 * Loaded by search-box.js on first use, after the engine and results.js.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;
  const { element } = search.results;

  const form = document.querySelector('form.site-search');
  const input = form && form.querySelector('input[name="q"]');
  if (!input || form.classList.contains('is-enhanced')) {
    return;
  }
  form.classList.add('is-enhanced');
  const root = (form.getAttribute('action') || 'search.html').replace(/search\.html$/, '');

  const panel = element('div', 'site-search-panel');
  const list = element('div', 'site-search-results');
  const empty = element('div', 'site-search-empty');
  const status = element('p', 'visually-hidden');
  list.id = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', 'Search results');
  status.setAttribute('role', 'status');
  panel.hidden = true;
  panel.append(list, empty);
  form.append(panel, status);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  let options = [];
  let active = -1;
  let asked = 0;

  const opening = search.open(root);

  const setActive = (index) => {
    if (active >= 0 && options[active]) {
      options[active].setAttribute('aria-selected', 'false');
    }
    active = index;
    if (active >= 0) {
      options[active].setAttribute('aria-selected', 'true');
      input.setAttribute('aria-activedescendant', options[active].id);
      options[active].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  };

  const open = () => {
    panel.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  };

  const close = () => {
    setActive(-1);
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };

  const option = (href, className) => {
    const link = element('a', className);
    link.href = href;
    link.id = `site-search-option-${options.length}`;
    link.setAttribute('role', 'option');
    link.setAttribute('aria-selected', 'false');
    link.tabIndex = -1;
    options.push(link);
    return link;
  };

  // encodeURIComponent throws on a lone surrogate, which a paste can put in the box (issue 13,
  // found by SearchFuzzBrowserTest): the link to search.html carries U+FFFD in its place.
  const wellFormed = (text) => text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');

  const showHits = (engine, result, text) => {
    search.results.byPage(result.hits).forEach((page) => {
      const group = element('div', 'site-search-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', page.title);
      const head = search.results.pageHead(engine, page, null);
      head.setAttribute('aria-hidden', 'true');
      group.appendChild(head);
      page.hits.forEach((hit) => {
        const link = option(root + hit.url, 'search-hit');
        link.appendChild(search.results.hitBody(engine, hit, result));
        group.appendChild(link);
      });
      list.appendChild(group);
    });
    const all = option(`${root}search.html?q=${encodeURIComponent(wellFormed(text))}`, 'site-search-all');
    all.appendChild(document.createTextNode(`See all results for “${text.trim()}”`));
    list.appendChild(all);
  };

  const showNone = (result, text) => {
    empty.appendChild(element('p', 'site-search-none', `No results for “${text.trim()}”.`));
    if (result.suggestions.length) {
      const offer = element('p', 'search-suggestions', 'Did you mean: ');
      result.suggestions.forEach((term, i) => {
        const button = element('button', 'search-suggestion', term);
        button.type = 'button';
        button.addEventListener('click', () => {
          input.value = term;
          input.focus();
          run();
        });
        offer.append(i ? ' ' : '', button);
      });
      empty.appendChild(offer);
    }
  };

  const show = (engine, result, text) => {
    setActive(-1);
    options = [];
    list.replaceChildren();
    empty.replaceChildren();
    if (result.hits.length) {
      showHits(engine, result, text);
    } else {
      showNone(result, text);
    }
    list.hidden = result.hits.length === 0;
    empty.hidden = result.hits.length > 0;
    status.textContent = search.results.count(result);
    open();
  };

  const showError = () => {
    options = [];
    list.replaceChildren();
    list.hidden = true;
    empty.replaceChildren(element('p', 'site-search-none', 'Search is not available right now.'));
    empty.hidden = false;
    status.textContent = 'Search is not available';
    open();
  };

  async function run() {
    const text = input.value;
    asked += 1;
    const ticket = asked;
    if (!text.trim()) {
      close();
      status.textContent = '';
      return;
    }
    try {
      const engine = await opening;
      const result = await engine.search(text, { k: engine.manifest.shown, prefix: true });
      if (ticket === asked) {
        show(engine, result, text);
      }
    } catch (error) {
      if (ticket === asked) {
        showError();
      }
      console.error(error);
    }
  }

  // A short pause before searching, so a fast typist does not load the shards of every prefix.
  let pause = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(run, 60);
  });
  input.addEventListener('focus', () => {
    if (input.value.trim() && panel.hidden) {
      run();
    }
  });

  input.addEventListener('keydown', (event) => {
    const count = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) {
        run();
      } else if (count) {
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive(active < 0 ? (step > 0 ? 0 : count - 1) : (active + step + count) % count);
      }
    } else if (event.key === 'Enter' && !panel.hidden && active >= 0) {
      event.preventDefault();
      options[active].click();
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });

  // Closes when focus or a click goes anywhere outside the box and its results.
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget)) {
      close();
    }
  });
  document.addEventListener('pointerdown', (event) => {
    if (!form.contains(event.target)) {
      close();
    }
  });

  if (document.activeElement === input && input.value.trim()) {
    run();
  }
})();
