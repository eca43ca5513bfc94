/*
 * The "cjk" analysis (zh, ja, ko), Lucene's CJKAnalyzer: StandardTokenizer, CJKWidthFilter,
 * LowerCaseFilter, CJKBigramFilter, StopFilter (its English stop words). Loaded by
 * PlaybookAnalyzer.load('cjk') after analyzer.js, whose tokenizer marks the tokens the bigrams join.
 */
(() => {
  'use strict';

  const { chain, without, words, lowerCase } = window.PlaybookAnalyzer.parts;
  // CJKWidthFilter's table for U+FF65..U+FF9F, half-width katakana to full width (U+FF9E and U+FF9F
  // become combining marks when they cannot join the kana before them).
  const KANA_NORM = [0x30fb, 0x30f2, 0x30a1, 0x30a3, 0x30a5, 0x30a7, 0x30a9, 0x30e3, 0x30e5,
    0x30e7, 0x30c3, 0x30fc, 0x30a2, 0x30a4, 0x30a6, 0x30a8, 0x30aa, 0x30ab,
    0x30ad, 0x30af, 0x30b1, 0x30b3, 0x30b5, 0x30b7, 0x30b9, 0x30bb, 0x30bd,
    0x30bf, 0x30c1, 0x30c4, 0x30c6, 0x30c8, 0x30ca, 0x30cb, 0x30cc, 0x30cd,
    0x30ce, 0x30cf, 0x30d2, 0x30d5, 0x30d8, 0x30db, 0x30de, 0x30df, 0x30e0,
    0x30e1, 0x30e2, 0x30e4, 0x30e6, 0x30e8, 0x30e9, 0x30ea, 0x30eb, 0x30ec,
    0x30ed, 0x30ef, 0x30f3, 0x3099, 0x309A];
  // What a voiced (U+FF9E) and a semi-voiced (U+FF9F) mark add to the kana U+30A6..U+30FD before them.
  const KANA_VOICED = [78, 0, 0, 0, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 0,
    1, 0, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 8, 8, 8, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
  const KANA_HALF_VOICED = new Map([[41, 2], [44, 2], [47, 2], [50, 2], [53, 2]]);

  // CJKWidthFilter: full-width ASCII to ASCII, half-width katakana to full width, UTF-16 unit by unit.
  function widthFold(term) {
    const text = [];
    for (let i = 0; i < term.length; i++) {
      const ch = term.charCodeAt(i);
      if (ch >= 0xFF01 && ch <= 0xFF5E) {
        text.push(ch - 0xFEE0);
      } else if (ch >= 0xFF65 && ch <= 0xFF9F) {
        const prev = text.length ? text[text.length - 1] : -1;
        const add = prev >= 0x30A6 && prev <= 0x30FD && (ch === 0xFF9E || ch === 0xFF9F)
          ? (ch === 0xFF9F ? KANA_HALF_VOICED.get(prev - 0x30A6) || 0 : KANA_VOICED[prev - 0x30A6]) : 0;
        if (add) {
          text[text.length - 1] = prev + add;
        } else {
          text.push(KANA_NORM[ch - 0xFF65]);
        }
      } else {
        text.push(ch);
      }
    }
    return String.fromCharCode(...text);
  }

  // CJKAnalyzer's stop words (its stopwords.txt).
  const CJK_STOP_WORDS = new Set(words('a and are as at be but by for if in into is it no not of on or s such t'
    + ' that the their then there these they this to was will with www'));

  // CJKBigramFilter over [term, start, end, cjk] tokens: each run of CJK tokens that touch one another
  // gives the bigrams of its characters, or the character itself when the run has only one.
  function cjkBigrams(tokens) {
    const out = [];
    let last = null; // [character, start, end]: the run's last character
    let count = 0; // characters in the run
    let runEnd = -1;
    const endRun = () => {
      if (count === 1) out.push(last);
      count = 0;
    };
    for (const [term, start, end, cjk] of tokens) {
      if (!cjk) {
        endRun();
        out.push([term, start, end]);
        continue;
      }
      if (start !== runEnd) endRun();
      runEnd = end;
      const exact = end - start === term.length; // else (a folded mark) every character spans the token
      let at = start;
      for (const ch of term) {
        const span = exact ? [ch, at, at + ch.length] : [ch, start, end];
        at += ch.length;
        if (count) out.push([last[0] + ch, last[1], span[2]]);
        last = span;
        count += 1;
      }
    }
    endRun();
    return out;
  }

  window.PlaybookAnalyzer.define('cjk', chain(
    (tokens) => tokens.map(([term, start, end, cjk]) => [lowerCase(widthFold(term)), start, end, cjk]),
    cjkBigrams, without(CJK_STOP_WORDS)));
})();
