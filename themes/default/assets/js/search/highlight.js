/*
 * PlaybookSearch.highlight(analysis, text, terms, prefix): a fragment of the text with every word
 * the query found in <mark>: a word whose analysed term is one of the query's terms, or that
 * starts with the prefix being typed. With the cjk analysis, where a run of ideographs and kana is
 * one "word", the marks are the stretches of text the matching bigrams come from instead.
 * Built from text nodes and elements only, never from markup.
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

  // [start, end] of each word to mark, in order and apart.
  const wordRanges = (language, text, wanted, prefix) => Array.from(text.matchAll(WORDS))
    .filter(([word]) => (prefix && word.toLowerCase().startsWith(prefix))
      || termsOf(language, word).some((term) => wanted.has(term)))
    .map((match) => [match.index, match.index + match[0].length]);

  // [start, end] of the stretches the matching terms come from, overlapping bigrams joined.
  const spanRanges = (analysis, text, wanted, prefix) => {
    const ranges = [];
    window.PlaybookAnalyzer.spans(analysis, text)
      .filter(([term]) => wanted.has(term) || (prefix && term.startsWith(prefix)))
      .forEach(([, start, end]) => {
        const last = ranges[ranges.length - 1];
        if (last && start <= last[1]) {
          last[1] = Math.max(last[1], end);
        } else {
          ranges.push([start, end]);
        }
      });
    return ranges;
  };

  const highlight = (analysis, text, terms, prefix) => {
    text = String(text);
    const fragment = document.createDocumentFragment();
    const wanted = terms instanceof Set ? terms : new Set(terms);
    const ranges = analysis === 'cjk' ? spanRanges(analysis, text, wanted, prefix) : wordRanges(analysis, text, wanted, prefix);
    let done = 0;
    for (const [start, end] of ranges) {
      if (start > done) {
        fragment.appendChild(document.createTextNode(text.slice(done, start)));
      }
      const mark = document.createElement('mark');
      mark.appendChild(document.createTextNode(text.slice(start, end)));
      fragment.appendChild(mark);
      done = end;
    }
    if (done < text.length) {
      fragment.appendChild(document.createTextNode(text.slice(done)));
    }
    return fragment;
  };

  window.PlaybookSearch.highlight = highlight;
})();
