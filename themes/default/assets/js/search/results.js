/*
 * The parts of a search result both the header box and search.html show: hits grouped by page
 * (in the order of each page's best hit), a page's head (title, type badge, breadcrumb) and a
 * section's heading and passage with the query's words marked. Text goes in as text nodes.
 */
(() => {
  'use strict';

  const search = window.PlaybookSearch;

  /** Hits by page: [{title, url, type, crumb, hits}], pages in the order of their best hit. */
  const byPage = (hits) => {
    const pages = new Map();
    hits.forEach((hit) => {
      if (!pages.has(hit.page)) {
        pages.set(hit.page, {
          id: hit.id, title: hit.title, url: hit.url.replace(/#.*/, ''), type: hit.type, crumb: hit.crumb, hits: [],
        });
      }
      pages.get(hit.page).hits.push(hit);
    });
    return Array.from(pages.values());
  };

  /*
   * The theme's words in the page's language: the header search form's data-words (a JSON object of
   * js.* messages), English where the page names none. Counts use simple keys (js.noResults,
   * js.oneResult, js.results "{0} results", js.resultsAtLeast "{0}+ results"), no plural rules.
   */
  const words = {};
  document.querySelectorAll('form.site-search[data-words]').forEach((source) => {
    try {
      Object.assign(words, JSON.parse(source.dataset.words || '{}'));
    } catch {
      // English, then
    }
  });
  /** A word in the page's language, its {0}, {1}... filled in. */
  const say = (key, english, ...values) => values.reduce((text, value, i) => text.split(`{${i}}`).join(String(value)),
    words[key] || english);

  const element = (name, className, text) => {
    const node = document.createElement(name);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.appendChild(document.createTextNode(text));
    }
    return node;
  };

  /** Title (a link when href is given), badge and breadcrumb of a page of results. */
  const pageHead = (engine, page, href) => {
    const head = element('div', 'search-page-head');
    const title = element(href ? 'a' : 'span', 'search-page-title', page.title);
    if (href) {
      title.href = href;
    }
    head.appendChild(title);
    const typeTitle = engine.typeTitle(page.type);
    if (typeTitle) {
      head.appendChild(document.createTextNode(' '));
      head.appendChild(element('span', `badge badge-${page.type}`, typeTitle));
    }
    if (page.crumb && page.crumb !== typeTitle && page.crumb !== page.title) {
      head.appendChild(document.createTextNode(' '));
      head.appendChild(element('span', 'search-page-crumb', page.crumb));
    }
    return head;
  };

  /** A section's heading (none for a page's introduction) and passage, marked. */
  const hitBody = (engine, hit, result) => {
    const analysis = engine.analysis;
    const terms = new Set(result.groups.flat());
    const fragment = document.createDocumentFragment();
    if (hit.heading) {
      const heading = element('span', 'search-hit-heading');
      heading.appendChild(search.highlight(analysis, hit.heading, terms, result.prefix));
      fragment.appendChild(heading);
    }
    const snippet = element('span', 'search-hit-snippet');
    snippet.appendChild(search.highlight(analysis, hit.snippet, terms, result.prefix));
    fragment.appendChild(snippet);
    return fragment;
  };

  /** "12 results", "No results", or "10+ results" when only the best are known. */
  const count = (result) => {
    if (result.hits.length === 0) {
      return say('js.noResults', 'No results');
    }
    if (result.total == null) {
      return say('js.resultsAtLeast', '{0}+ results', result.hits.length);
    }
    return result.total === 1 ? say('js.oneResult', '1 result') : say('js.results', '{0} results', result.total);
  };

  search.results = Object.freeze({ byPage, pageHead, hitBody, count, element, say });
})();
