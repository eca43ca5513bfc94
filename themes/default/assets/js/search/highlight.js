/*
 * PlaybookSearch.highlight(language, text, terms, prefix): a fragment of the text with every word
 * the query found in <mark>: a word whose analysed term is one of the query's terms, or that
 * starts with the prefix being typed. Built from text nodes and elements only, never from markup.
 */
(() => {
  'use strict';

  const WORDS = /[\p{L}\p{N}\p{M}'\u2019]+/gu;
  const analysed = new Map(); // language + word -> its terms, shared by every result

  const termsOf = (language, word) => {
    const key = `${language}\u0000${word}`;
    if (!analysed.has(key)) {
      if (analysed.size > 5000) {
        analysed.clear();
      }
      analysed.set(key, window.PlaybookAnalyzer.analyze(language, word));
    }
    return analysed.get(key);
  };

  const highlight = (language, text, terms, prefix) => {
    const fragment = document.createDocumentFragment();
    const wanted = terms instanceof Set ? terms : new Set(terms);
    let done = 0;
    for (const match of String(text).matchAll(WORDS)) {
      const word = match[0];
      const found = (prefix && word.toLowerCase().startsWith(prefix))
        || termsOf(language, word).some((term) => wanted.has(term));
      if (found) {
        if (match.index > done) {
          fragment.appendChild(document.createTextNode(text.slice(done, match.index)));
        }
        const mark = document.createElement('mark');
        mark.appendChild(document.createTextNode(word));
        fragment.appendChild(mark);
        done = match.index + word.length;
      }
    }
    if (done < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(done)));
    }
    return fragment;
  };

  window.PlaybookSearch.highlight = highlight;
})();
