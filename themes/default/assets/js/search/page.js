/*
 * search.html: reads ?q= (and type=, tag=), lists the ranked results grouped by page, twenty at a
 * time with a "More results" button, narrows them by page type and tag, and keeps the query in the
 * address (history.replaceState) so a search can be linked. With no results it offers close terms.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;
  const { element } = search.results;
  const PAGE = 20;

  const form = document.querySelector('form.search-page-form');
  const input = form && form.querySelector('input[name="q"]');
  const type = form && form.querySelector('select[name="type"]');
  const tag = form && form.querySelector('select[name="tag"]');
  const status = document.querySelector('.search-page-status');
  const output = document.querySelector('.search-page-results');
  const more = document.querySelector('.search-more');
  if (!input || !type || !tag || !status || !output || !more) {
    return;
  }

  let k = PAGE;
  let asked = 0;

  const fill = (select, entries) => entries.forEach(([value, label]) => {
    const option = element('option', '', label);
    option.value = value;
    select.appendChild(option);
  });

  /** The address with the current query, so a reload or a shared link shows the same results. */
  const remember = () => {
    const url = new URL(window.location.href);
    [['q', input.value], ['type', type.value], ['tag', tag.value]].forEach(([name, value]) => {
      if (value) {
        url.searchParams.set(name, value);
      } else {
        url.searchParams.delete(name);
      }
    });
    if (url.href !== window.location.href) {
      try {
        window.history.replaceState(window.history.state, '', url.href);
      } catch {
        // A browser that will not rewrite this address (some do for file://) still shows the results.
      }
    }
  };

  const suggest = (result) => {
    const offer = element('p', 'search-suggestions', 'Did you mean: ');
    result.suggestions.forEach((term, i) => {
      const button = element('button', 'search-suggestion', term);
      button.type = 'button';
      button.addEventListener('click', () => {
        input.value = term;
        input.focus();
        restart();
      });
      offer.append(i ? ' ' : '', button);
    });
    return offer;
  };

  const render = (engine, result, text) => {
    const list = element('ol', 'search-results');
    search.results.byPage(result.hits).forEach((page) => {
      const item = element('li', 'search-result');
      item.appendChild(search.results.pageHead(engine, page, page.url));
      const sections = element('ul', 'search-result-sections');
      page.hits.forEach((hit) => {
        const link = element('a', 'search-hit');
        link.href = hit.url;
        link.appendChild(search.results.hitBody(engine, hit, result));
        const entry = element('li');
        entry.appendChild(link);
        sections.appendChild(entry);
      });
      item.appendChild(sections);
      list.appendChild(item);
    });
    const shownBefore = output.querySelectorAll('.search-hit').length;
    output.replaceChildren(list);
    if (result.hits.length === 0) {
      status.textContent = `No results for “${text.trim()}”${type.value || tag.value ? ' with these filters' : ''}.`;
      if (result.suggestions.length) {
        output.appendChild(suggest(result));
      }
    } else {
      status.textContent = `${search.results.count(result)} for “${text.trim()}”`;
    }
    more.hidden = !(result.total == null ? result.hits.length >= k : result.total > result.hits.length);
    return shownBefore;
  };

  async function run(focusNew = false) {
    asked += 1;
    const ticket = asked;
    const text = input.value;
    remember();
    if (!text.trim()) {
      output.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    try {
      const engine = await search.open('./');
      const result = await engine.search(text, { k, prefix: true, type: type.value || null, tag: tag.value || null });
      if (ticket !== asked) {
        return;
      }
      const shownBefore = render(engine, result, text);
      const links = output.querySelectorAll('.search-hit');
      if (focusNew && links.length > shownBefore) {
        links[shownBefore].focus();
      }
    } catch (error) {
      if (ticket === asked) {
        output.replaceChildren();
        status.textContent = 'Search is not available right now.';
        more.hidden = true;
      }
      console.error(error);
    }
  }

  const restart = () => {
    k = PAGE;
    run();
  };

  search.open('./').then((engine) => {
    fill(type, engine.manifest.types);
    fill(tag, engine.manifest.tags.map((name) => [name, name]));
    const params = new URLSearchParams(window.location.search);
    input.value = params.get('q') || '';
    [[type, params.get('type')], [tag, params.get('tag')]].forEach(([select, value]) => {
      if (value && Array.from(select.options).some((option) => option.value === value)) {
        select.value = value;
      }
    });
    form.querySelector('.search-page-filters').hidden = false;
    run();
  }, (error) => {
    status.textContent = 'Search is not available right now.';
    console.error(error);
  });

  // As in the header box: a short pause, so fast typing does not load the shards of every prefix.
  let pause = 0;
  input.addEventListener('input', () => {
    window.clearTimeout(pause);
    pause = window.setTimeout(restart, 60);
  });
  type.addEventListener('change', restart);
  tag.addEventListener('change', restart);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    restart();
  });
  more.addEventListener('click', () => {
    k += PAGE;
    run(true);
  });
})();
