/*
 * search.html: reads ?q= (and type=, tag=), lists the ranked results grouped by page, twenty at a
 * time with a "More results" button, narrows them by page type and tag, and keeps the query in the
 * address (history.replaceState) so a search can be linked. With no results it offers close terms.
 * "Include older releases" also searches the other releases versions.js lists: the release being
 * read comes first, and a page found in several releases is one result, with the others named.
 * "All languages" (a multilingual playbook) also searches the other languages' exports, each with
 * its own analysis (languages.js): the reader's language first, each other hit labelled with its
 * language and linked into that language's folder.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;
  const { element, say } = search.results;
  const PAGE = 20;

  const form = document.querySelector('form.search-page-form');
  const input = form && form.querySelector('input[name="q"]');
  const type = form && form.querySelector('select[name="type"]');
  const tag = form && form.querySelector('select[name="tag"]');
  const everyRelease = form && form.querySelector('input[name="releases"]');
  const languages = search.languages ? search.languages.list() : null; // null: one language
  const everyLanguage = form && languages ? form.querySelector('input[name="languages"]') : null;
  const switcher = document.querySelector('.release-switcher');
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
    const releases = everyRelease && everyRelease.checked ? 'all' : '';
    const inEvery = everyLanguage && everyLanguage.checked ? 'all' : '';
    [['q', input.value], ['type', type.value], ['tag', tag.value], ['releases', releases], ['languages', inEvery]]
      .forEach(([name, value]) => {
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
    const offer = element('p', 'search-suggestions', `${say('js.didYouMean', 'Did you mean:')} `);
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

  /** One page of results: its head, then its sections; {@code base} leads from here to its release. */
  const pageItem = (engine, result, page, base) => {
    const item = element('li', 'search-result');
    item.appendChild(search.results.pageHead(engine, page, base + page.url));
    const sections = element('ul', 'search-result-sections');
    page.hits.forEach((hit) => {
      const link = element('a', 'search-hit');
      link.href = base + hit.url;
      link.appendChild(search.results.hitBody(engine, hit, result));
      const entry = element('li');
      entry.appendChild(link);
      sections.appendChild(entry);
    });
    item.appendChild(sections);
    return item;
  };

  /** A line under a result naming another release it was found in, linked to it there. */
  const alsoIn = (item, entry, href) => {
    let line = item.querySelector('.search-also:not(.search-also-languages)');
    if (!line) {
      line = element('p', 'search-also', say('js.alsoInRelease', 'Also in release'));
      item.appendChild(line);
    }
    const link = element('a', '', entry.name);
    link.href = href;
    line.append(' ', link);
  };

  /** A line under a result naming the other languages it was found in, each linked to it there. */
  const alsoInLanguages = (item, also) => {
    const line = element('p', 'search-also search-also-languages', languages.words.alsoIn);
    also.forEach(({ language, href }) => {
      const link = element('a');
      link.href = href;
      link.hreflang = language.code;
      link.appendChild(search.languages.label(language, ''));
      line.append(' ', link);
    });
    item.appendChild(line);
  };

  const render = (engine, result, text, others = [], inOthers = []) => {
    const list = element('ol', 'search-results');
    const seen = new Map(); // page id -> its result
    const reader = { language: languages ? languages.current : null, base: '', engine, result };
    const pages = inOthers.length ? search.languages.fold(reader, inOthers)
      : search.results.byPage(result.hits).map((page) => ({ ...reader, page, also: [] }));
    pages.forEach((found) => {
      const item = pageItem(found.engine, found.result, found.page, found.base);
      if (found.language !== reader.language) {
        item.lang = found.language.code;
        item.dir = found.language.dir;
        item.querySelector('.search-page-head').append(' ', search.languages.label(found.language, 'search-language'));
      }
      if (found.also.length) {
        alsoInLanguages(item, found.also);
      }
      seen.set(found.page.id, item);
      list.appendChild(item);
    });
    others.forEach((other) => {
      search.results.byPage(other.result.hits).forEach((page) => {
        if (seen.has(page.id)) {
          alsoIn(seen.get(page.id), other.entry, other.base + page.url);
          return;
        }
        const item = pageItem(other.engine, other.result, page, other.base);
        const label = element('span', 'search-release', say('js.releaseNamed', 'Release {0}', other.entry.name));
        item.querySelector('.search-page-head').append(' ', label);
        seen.set(page.id, item);
        list.appendChild(item);
      });
    });
    const shownBefore = output.querySelectorAll('.search-hit').length;
    output.replaceChildren(list);
    if (result.hits.length === 0 && pages.length) {
      status.textContent = say('js.countFor', '{0} for “{1}”', search.results.count({ hits: pages.flatMap((found) => found.page.hits), total: null }),
        text.trim());
    } else if (result.hits.length === 0) {
      status.textContent = type.value || tag.value
        ? say('js.noResultsFiltered', 'No results for “{0}” with these filters.', text.trim())
        : say('js.noResultsFor', 'No results for “{0}”.', text.trim());
      if (result.suggestions.length) {
        output.appendChild(suggest(result));
      }
    } else {
      status.textContent = say('js.countFor', '{0} for “{1}”', search.results.count(result), text.trim());
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
      const options = { k, prefix: true, type: type.value || null, tag: tag.value || null };
      const [result, others, inOthers] = await Promise.all([engine.search(text, options), searchOthers(text, options),
        everyLanguage && everyLanguage.checked ? search.languages.search(text, options) : []]);
      if (ticket !== asked) {
        return;
      }
      const shownBefore = render(engine, result, text, others, inOthers);
      const links = output.querySelectorAll('.search-hit');
      if (focusNew && links.length > shownBefore) {
        links[shownBefore].focus();
      }
    } catch (error) {
      if (ticket === asked) {
        output.replaceChildren();
        status.textContent = say('js.searchUnavailable', 'Search is not available right now.');
        more.hidden = true;
      }
      console.error(error);
    }
  }

  const restart = () => {
    k = PAGE;
    run();
  };

  /** The releases other than this one, newest first, from versions.js beside the release folders. */
  let releases = null;
  const otherReleases = () => {
    if (!switcher) {
      return Promise.resolve([]);
    }
    if (!releases) {
      releases = new Promise((resolve) => {
        const done = () => {
          const all = Array.isArray(window.playbookVersions) ? window.playbookVersions : [];
          resolve(all.filter((entry) => entry.name !== switcher.dataset.release));
        };
        if (Array.isArray(window.playbookVersions)) {
          done();
          return;
        }
        const script = document.createElement('script');
        script.src = `${switcher.dataset.siteRoot}versions.js`;
        script.addEventListener('load', done);
        script.addEventListener('error', done);
        document.head.appendChild(script);
      });
    }
    return releases;
  };

  /** The same search in the other releases, when asked for; a release without search is left out. */
  const searchOthers = async (text, options) => {
    if (!everyRelease || !everyRelease.checked) {
      return [];
    }
    const found = await Promise.all((await otherReleases()).map(async (entry) => {
      const base = switcher.dataset.siteRoot + entry.path;
      try {
        const engine = await search.open(base);
        return { entry, base, engine, result: await engine.search(text, options) };
      } catch {
        return null;
      }
    }));
    return found.filter(Boolean);
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
    if (everyLanguage) {
      everyLanguage.checked = params.get('languages') === 'all';
    }
    if (everyRelease) {
      everyRelease.checked = params.get('releases') === 'all';
      otherReleases().then((others) => {
        everyRelease.closest('label').hidden = others.length === 0;
      });
    }
    run();
  }, (error) => {
    status.textContent = say('js.searchUnavailable', 'Search is not available right now.');
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
  [everyRelease, everyLanguage].filter(Boolean).forEach((choice) => choice.addEventListener('change', restart));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    restart();
  });
  more.addEventListener('click', () => {
    k += PAGE;
    run(true);
  });
})();
