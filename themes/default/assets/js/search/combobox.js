/*
 * The header search box as a combobox: results as you type in a listbox below it, grouped by page;
 * ArrowDown and ArrowUp move through them (aria-activedescendant), Enter opens the one chosen (or,
 * with none chosen, submits to search.html), Escape closes. With no results it offers close index
 * terms as buttons. A polite status says how many results there are. In a multilingual playbook
 * the last option, "Search all languages", runs the same search in every language's export as well
 * (languages.js; activated by click or Enter, it becomes "Search only in <language>"); other
 * languages' pages come after the reader's, each labelled with its language and linked into its folder.
 * Loaded by search-box.js on first use, after the engine and results.js.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;
  const { element, say } = search.results;

  const form = document.querySelector('form.site-search');
  const input = form && form.querySelector('input[name="q"]');
  if (!input || form.classList.contains('is-enhanced')) {
    return;
  }
  form.classList.add('is-enhanced');
  const root = (form.getAttribute('action') || 'search.html').replace(/search\.html$/, '');
  const languages = search.languages ? search.languages.list() : null;
  let everyLanguage = false;

  const panel = element('div', 'site-search-panel');
  const list = element('div', 'site-search-results');
  const empty = element('div', 'site-search-empty');
  const status = element('p', 'visually-hidden');
  list.id = 'site-search-results';
  list.setAttribute('role', 'listbox');
  list.setAttribute('aria-label', say('js.searchResults', 'Search results'));
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

  const showHits = (pages, reader, text) => {
    pages.forEach(({ page, engine, result, base, language }) => {
      const group = element('div', 'site-search-group');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-label', page.title);
      const head = search.results.pageHead(engine, page, null);
      head.setAttribute('aria-hidden', 'true');
      if (language !== reader.language) {
        group.lang = language.code;
        group.dir = language.dir;
        head.append(' ', search.languages.label(language, 'search-language'));
        group.setAttribute('aria-label', `${page.title} (${language.name})`);
      }
      group.appendChild(head);
      page.hits.forEach((hit) => {
        const link = option(base + hit.url, 'search-hit');
        link.appendChild(search.results.hitBody(engine, hit, result));
        group.appendChild(link);
      });
      list.appendChild(group);
    });
    const every = everyLanguage ? '&languages=all' : '';
    const all = option(`${root}search.html?q=${encodeURIComponent(wellFormed(text))}${every}`, 'site-search-all');
    all.appendChild(document.createTextNode(say('js.seeAllResultsFor', 'See all results for “{0}”', text.trim())));
    list.appendChild(all);
  };

  /** "Search all languages" (or, once chosen, "Search only in <language>"): the search again, wider or narrower. */
  const showLanguageChoice = (text) => {
    const every = everyLanguage ? '' : '&languages=all';
    const choice = option(`${root}search.html?q=${encodeURIComponent(wellFormed(text))}${every}`,
      'site-search-all site-search-languages');
    choice.appendChild(document.createTextNode(everyLanguage ? languages.words.searchOnly : languages.words.searchAll));
    choice.addEventListener('click', (event) => {
      event.preventDefault();
      everyLanguage = !everyLanguage;
      input.focus();
      run(true);
    });
    list.appendChild(choice);
  };

  const showNone = (result, text) => {
    empty.appendChild(element('p', 'site-search-none', say('js.noResultsFor', 'No results for “{0}”.', text.trim())));
    if (result.suggestions.length) {
      const offer = element('p', 'search-suggestions', `${say('js.didYouMean', 'Did you mean:')} `);
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

  const show = (engine, result, text, others, onChoice) => {
    setActive(-1);
    options = [];
    list.replaceChildren();
    empty.replaceChildren();
    const reader = { language: languages ? languages.current : null, base: root, engine, result };
    const pages = others.length ? search.languages.fold(reader, others)
      : search.results.byPage(result.hits).map((page) => ({ ...reader, page, also: [] }));
    if (pages.length) {
      showHits(pages, reader, text);
    } else {
      showNone(result, text);
    }
    if (languages) {
      showLanguageChoice(text);
    }
    list.hidden = options.length === 0;
    empty.hidden = pages.length > 0;
    status.textContent = others.length && pages.length
      ? search.results.count({ hits: pages.flatMap((found) => found.page.hits), total: null })
      : search.results.count(result);
    open();
    if (onChoice) {
      setActive(options.length - 1); // the keyboard stays on the choice it just made
    }
  };

  const showError = () => {
    options = [];
    list.replaceChildren();
    list.hidden = true;
    empty.replaceChildren(element('p', 'site-search-none', say('js.searchUnavailable', 'Search is not available right now.')));
    empty.hidden = false;
    status.textContent = say('js.searchUnavailableShort', 'Search is not available');
    open();
  };

  async function run(onChoice = false) {
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
      const asking = { k: engine.manifest.shown, prefix: true };
      const [result, others] = await Promise.all([engine.search(text, asking),
        everyLanguage ? search.languages.search(text, asking) : []]);
      if (ticket === asked) {
        show(engine, result, text, others, onChoice === true);
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
