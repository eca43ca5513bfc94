/*
 * "All languages": in a multilingual playbook each language has its own export, made with its own
 * analysis (<language folder>/search/manifest.js, which names it). The header form lists the
 * languages (ul.search-languages: code, the way from this page to the language's folder, its own
 * name, and the theme's words for the choice); this opens each other language's engine beside the
 * reader's, runs the same search in it, and folds the results of all of them into one list of
 * pages: the reader's language first, then each other language in the order playbook.yml lists
 * them, a page found in several languages being one result that names the others. Like every
 * search file it loads by script tags, so it works from disk (file://) as over HTTP.
 *
 *   PlaybookSearch.languages.list()
 *     -> null (one language) or {current: {code, name, root}, others: [...], words: {all, searchAll, searchOnly, alsoIn}}
 *   PlaybookSearch.languages.search(text, options)
 *     -> Promise<[{language, base, engine, result}]>, the other languages (one that cannot be opened is left out)
 *   PlaybookSearch.languages.fold(reader, others)
 *     -> [{language, base, engine, result, page, also: [{language, href}]}], pages in the order above
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;

  let listed;
  const list = () => {
    if (listed !== undefined) {
      return listed;
    }
    const holder = document.querySelector('form.site-search .search-languages');
    const entries = holder ? Array.from(holder.querySelectorAll('li[data-code]'), (item) => ({
      code: item.dataset.code,
      root: item.dataset.root,
      name: item.textContent.trim(),
      dir: item.getAttribute('dir') || 'ltr',
      current: item.dataset.current === 'true',
    })) : [];
    const current = entries.find((entry) => entry.current);
    listed = current && entries.length > 1 ? Object.freeze({
      current,
      others: entries.filter((entry) => !entry.current),
      words: {
        all: holder.dataset.allLanguages,
        searchAll: holder.dataset.searchAll,
        searchOnly: holder.dataset.searchOnly.replace('{0}', current.name),
        alsoIn: holder.dataset.alsoIn,
      },
    }) : null;
    return listed;
  };

  /** The same search in every other language, each through its own engine and analysis. */
  const searchOthers = async (text, options) => {
    const languages = list();
    if (!languages) {
      return [];
    }
    const found = await Promise.all(languages.others.map(async (language) => {
      try {
        const engine = await search.open(language.root);
        return { language, base: language.root, engine, result: await engine.search(text, options) };
      } catch (error) {
        console.error(error);
        return null;
      }
    }));
    return found.filter(Boolean);
  };

  /**
   * Pages of results from the reader's language ({language, base, engine, result}) and the others:
   * each page once, in the first language that found it; the languages that found it too are
   * named under it, each linked to the page there.
   */
  const fold = (reader, others) => {
    const pages = [];
    const seen = new Map(); // page id -> its entry
    [reader].concat(others).forEach((found) => {
      search.results.byPage(found.result.hits).forEach((page) => {
        const before = seen.get(page.id);
        if (before) {
          before.also.push({ language: found.language, href: found.base + page.url });
          return;
        }
        const entry = { ...found, page, also: [] };
        seen.set(page.id, entry);
        pages.push(entry);
      });
    });
    return pages;
  };

  /** A result's language, as its own name, with the language marked for readers and fonts. */
  const label = (language, className) => {
    const span = search.results.element('span', className, language.name);
    span.lang = language.code;
    span.dir = language.dir;
    return span;
  };

  search.languages = Object.freeze({ list, search: searchOthers, fold, label });
})();
