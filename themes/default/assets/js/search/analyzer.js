/*
 * PlaybookAnalyzer.analyze(analysis, text): the terms, in order, that Lucene 9.12.3 makes of the
 * text in the search index, for the analysis the search manifest names (its "analysis", which the
 * build picks from the language of the export). A query finds its pages only when it is cut and
 * normalised like them, so each analysis repeats its Lucene analyzer (AnalyzerParityTest holds the
 * two to the same terms). This file holds the tokenizer, the shared filters and "standard"
 * (StandardAnalyzer: StandardTokenizer, LowerCaseFilter), the analysis of every language without
 * one of its own; each other analysis is one file, analysis/ID.js, loaded when needed by
 * PlaybookAnalyzer.load(id) (a promise), so a reader's browser gets only its language's words:
 *   en  EnglishAnalyzer    es  SpanishAnalyzer   fr  FrenchAnalyzer   de  GermanAnalyzer
 *   pt  PortugueseAnalyzer it  ItalianAnalyzer   nl  DutchAnalyzer    sv  Swedish, light stemmer
 *   cjk CJKAnalyzer (zh, ja, ko)
 * Several analyses can be loaded at once (a search over every language's export).
 * PlaybookAnalyzer.spans(analysis, text): the same terms with the stretch of text each came from,
 * [term, start, end], for marking them in a passage.
 *
 * The tokenizer is our own automaton of StandardTokenizer's grammar, not Intl.Segmenter: ICU cuts
 * Chinese, Japanese and Thai with dictionaries, where Lucene keeps ideographs and hiragana one to
 * a token and Thai runs whole, and the two would not find each other's words.
 */
(() => {
  'use strict';

  // ---- StandardTokenizer: UAX#29 word breaks, as StandardTokenizerImpl.jflex has them ----

  // Lucene's scanner buffer holds 255 UTF-16 units: a longer word comes out in pieces.
  const MAX_TOKEN_LENGTH = 255;

  // Extend, Format and ZWJ: marks that stay with the character before them.
  const EXTEND = /(?!\u200B)[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200D\u{1F3FB}-\u{1F3FF}]/u;
  // Line_Break=Complex_Context: scripts written without spaces, kept whole.
  const SOUTH_EAST_ASIAN = /(?![\p{Nd}\u0E3F\u0E4F\u0E5A\u0E5B\u104A-\u104F\u17D4-\u17D6\u17D8-\u17DB\u17F0-\u17F9\u19E0-\u19FF\u1A7F\u{1173C}-\u{1173E}])[\p{sc=Thai}\p{sc=Lao}\p{sc=Mymr}\p{sc=Khmr}\p{sc=Tale}\p{sc=Talu}\p{sc=Lana}\p{sc=Tavt}\p{sc=Ahom}]/u;

  // Word-break classes, one letter each; the first that matches wins.
  const WORD_CLASSES = [
    ['K', /[\p{sc=Kana}\u3031-\u3035\u309B\u309C\u30A0\u30FC\uFF70]/u], // Katakana
    ['H', /[\u05D0-\u05EA\u05F0-\u05F2\uFB1D\uFB1F-\uFB28\uFB2A-\uFB4F]/u], // Hebrew letter
    ['S', SOUTH_EAST_ASIAN],
    ['G', /\p{sc=Hira}/u], // Hiragana: one token each
    ['I', /(?=\p{Ideographic})\p{sc=Han}/u], // ideograph: one token each
    ['O', /\p{Ideographic}/u], // other ideographs: no token
    ['N', /[\p{Nd}\u066B]/u], // Numeric
    ['A', /[\p{Alphabetic}\u02C2-\u02C5\u02D2-\u02D7\u02DE\u02DF\u02ED\u02EF-\u02FF\u055B\u055C\u055E\u05F3\uA720\uA721\uA789\uA78A\uAB5B]/u],
    ['I', /\p{sc=Han}/u], // Han radicals
    ['E', /[\p{Pc}\u202F]/u], // ExtendNumLet: _
    ['L', /[:\u00B7\u0387\u05F4\u2027\uFE13\uFE55\uFF1A]/u], // MidLetter
    ['M', /[,;\u037E\u0589\u060C\u060D\u066C\u07F8\u2044\uFE10\uFE14\uFE50\uFE54\uFF0C\uFF1B]/u], // MidNum
    ['B', /[.\u2018\u2019\u2024\uFE52\uFF07\uFF0E]/u], // MidNumLet
    ['Q', /'/],
    ['D', /"/],
  ];

  function wordClass(ch) {
    if (EXTEND.test(ch)) return SOUTH_EAST_ASIAN.test(ch) ? 'T' : 'X';
    const found = WORD_CLASSES.find(([, test]) => test.test(ch));
    return found ? found[0] : 'O';
  }

  // The grammar's rules for words, numbers and ideographs as one automaton. A row maps a class to
  // the next state; a class missing from a row is tried as the class it acts as.
  const WORD = {
    classify: wordClass,
    classes: new Map(), // memo
    actsAs: { T: 'X' }, // a south-east asian mark extends any letter
    ends: new Set(['a', 'h', 'hb', 'n', 'k', 'e', 'one', 'sa']),
    rows: {
      start: { A: 'a', H: 'h', N: 'n', K: 'k', E: 'e0', I: 'one', G: 'one', S: 'sa', T: 'sa' },
      a: { A: 'a', H: 'h', N: 'n', E: 'e', X: 'a', L: 'midA', B: 'midA', Q: 'midA' },
      h: { A: 'a', H: 'h', N: 'n', E: 'e', X: 'h', L: 'midA', B: 'midA', Q: 'hb', D: 'midH' },
      hb: { A: 'a', H: 'h', N: 'n', E: 'e', X: 'hb' }, // after Hebrew' or Hebrew"Hebrew
      midA: { A: 'a', H: 'h', X: 'midA' },
      midH: { H: 'hb', X: 'midH' },
      n: { A: 'a', H: 'h', N: 'n', E: 'e', X: 'n', M: 'midN', B: 'midN', Q: 'midN' },
      midN: { N: 'n', X: 'midN' },
      k: { K: 'k', E: 'e', X: 'k' },
      e: { A: 'a', H: 'h', N: 'n', K: 'k', E: 'e', X: 'e' },
      e0: { A: 'a', H: 'h', N: 'n', K: 'k', E: 'e0', X: 'e0' }, // underscores alone are no word
      one: { X: 'one' },
      sa: { S: 'sa', T: 'sa', X: 'sa' },
    },
  };

  // Lucene's single-character emoji (its Extended_Pictographic; browsers' differ by version).
  const PICTOGRAPHIC = new RegExp('[' + ('A9 AE 203C 2049 2122 2139 2194-2199 21A9 21AA 231A 231B 2328 2388'
    + ' 23CF 23E9-23F3 23F8-23FA 24C2 25AA 25AB 25B6 25C0 25FB-25FE 2600-2605 2607-2612 2614-2685'
    + ' 2690-2705 2708-2712 2714 2716 271D 2721 2728 2733 2734 2744 2747 274C 274E 2753-2755 2757'
    + ' 2763-2767 2795-2797 27A1 27B0 27BF 2934 2935 2B05-2B07 2B1B 2B1C 2B50 2B55 3030 303D 3297 3299'
    + ' 1F000-1F0FF 1F10D-1F10F 1F12F 1F16C-1F171 1F17E 1F17F 1F18E 1F191-1F19A 1F1AD-1F1E5 1F201-1F20F'
    + ' 1F21A 1F22F 1F232-1F23A 1F23C-1F23F 1F249-1F53D 1F546-1F64F 1F680-1F6FF 1F774-1F77F 1F7D5-1F7FF'
    + ' 1F80C-1F80F 1F848-1F84F 1F85A-1F85F 1F888-1F88F 1F8AE-1F8FF 1F90C-1F93A 1F93C-1F945 1F947-1FFFD')
    .replace(/\w+/g, '\\u{$&}').replace(/ /g, '') + ']', 'u');

  // Emoji classes: Z zero-width joiner, F and V emoji and text presentation selectors, M skin
  // tone, K keycap base, C keycap, R regional indicator, E emoji, X extend.
  function emojiClass(ch) {
    if (ch === '\u200D') return 'Z';
    if (ch === '\uFE0F') return 'F';
    if (ch === '\uFE0E') return 'V';
    if (ch === '\u20E3') return 'C';
    if (/[0-9#*]/.test(ch)) return 'K';
    if (/[\u{1F3FB}-\u{1F3FF}]/u.test(ch)) return 'M';
    if (/[\u{1F1E6}-\u{1F1FF}]/u.test(ch)) return 'R';
    if (PICTOGRAPHIC.test(ch)) return 'E';
    return EXTEND.test(ch) ? 'X' : 'O';
  }

  // The emoji rule: emoji joined by ZWJ, with skin tones and selectors; keycaps; flag pairs.
  // (Skin tones are extends here, so an emoji with one needs no rule of its own.)
  const EMOJI = {
    classify: emojiClass,
    classes: new Map(),
    actsAs: { C: 'X', M: 'X', Z: 'X' },
    ends: new Set(['e', 'ez', 'f', 'm', 'mz', 'keycap', 'flags']),
    rows: {
      start: { Z: 'z', E: 'e', M: 'm', K: 'key', R: 'flag' },
      z: { Z: 'z', E: 'e' }, // a lone skin tone takes no ZWJ before it
      e: { X: 'e', Z: 'ez', F: 'f' },
      ez: { X: 'e', Z: 'ez', F: 'f', E: 'e' },
      f: { Z: 'fz' },
      fz: { Z: 'z', E: 'e', M: 'm' },
      m: { X: 'm', Z: 'mz' }, // a lone skin tone takes no selector
      mz: { X: 'm', Z: 'mz', E: 'e' },
      key: { X: 'key', F: 'keyF', C: 'keycap' },
      keyF: { C: 'keycap' },
      keycap: { X: 'keycap', F: 'keyF' },
      flag: { X: 'flag', F: 'flag', V: 'flag', R: 'flags' }, // flags take any extend
      flags: { X: 'flags', F: 'flags', V: 'flags' },
    },
  };

  // Index just past the longest match of the automaton at start (start when none), and the state
  // it ended in: the scanner takes the longest token that fits in its buffer.
  function longestMatch(machine, text, start, limit) {
    let state = 'start';
    let end = start;
    let ended = null;
    for (let i = start; i < limit; ) {
      const ch = String.fromCodePoint(text.codePointAt(i));
      if (i + ch.length > limit) break;
      let kind = machine.classes.get(ch);
      if (!kind) machine.classes.set(ch, (kind = machine.classify(ch)));
      const row = machine.rows[state];
      state = row[kind] || row[machine.actsAs[kind]];
      if (!state) break;
      i += ch.length;
      if (machine.ends.has(state)) {
        end = i;
        ended = state;
      }
    }
    return [end, ended];
  }

  const HANGUL = /\p{sc=Hangul}/u;

  // Whether the grammar types a word token as one CJKBigramFilter joins: <IDEOGRAPHIC> and
  // <HIRAGANA> (one character and its marks), <KATAKANA> (katakana only) and <HANGUL> (hangul
  // letters only; "한국abc" is an <ALPHANUM>). Those rules come before the general word rule,
  // so they win a tie.
  function isCjk(token, state) {
    if (state === 'one') return true;
    let kana = true;
    let hangul = true;
    for (const ch of token) {
      const kind = WORD.classes.get(ch);
      const mark = kind === 'X' || kind === 'T';
      kana = kana && (kind === 'K' || (mark && token[0] !== ch));
      hangul = hangul && ((kind === 'A' && HANGUL.test(ch)) || (mark && token[0] !== ch));
      if (!kana && !hangul) return false;
    }
    return true;
  }

  // Tokens as StandardTokenizer gives them: [text, start, end, cjk].
  function tokenize(text) {
    const tokens = [];
    for (let i = 0; i < text.length; ) {
      const limit = Math.min(text.length, i + MAX_TOKEN_LENGTH);
      const [wordEnd, state] = longestMatch(WORD, text, i, limit);
      const [emojiEnd] = longestMatch(EMOJI, text, i, limit);
      const end = Math.max(wordEnd, emojiEnd);
      if (end > i) {
        const token = text.slice(i, end);
        tokens.push([token, i, end, emojiEnd < wordEnd && isCjk(token, state)]);
        i = end;
      } else {
        i += text.codePointAt(i) > 0xFFFF ? 2 : 1;
      }
    }
    return tokens;
  }

  // ---- Filters ----

  // Java's Character.toLowerCase, one code point at a time: no final sigma, İ becomes i.
  function lowerCase(term) {
    return term.replace(/[^]/gu, (ch) => (ch === '\u0130' ? 'i' : ch.toLowerCase()));
  }

  // Every stem followed by every ending (words('...') for a plain list).
  function forms(stems, endings) {
    const all = [];
    stems.split(' ').forEach((stem) => endings.split(' ').forEach((ending) => all.push(stem + ending)));
    return all;
  }
  const words = (list) => forms('', list);

  // ---- Analyses ----

  // Each step maps [term, start, end, cjk] tokens to [term, start, end] spans.
  const each = (map) => (spans) => spans.map(([term, start, end]) => [map(term), start, end]);
  const without = (stop) => (spans) => spans.filter(([term]) => !stop.has(term));
  const chain = (...steps) => (tokens) => steps.reduce((spans, step) => step(spans), tokens);

  // ElisionFilter: an article and its apostrophe off the front of a word (l'avis, dell'ordine),
  // the article compared case-blind, the word's offsets kept.
  const elision = (articles) => (spans) => spans.map(([term, start, end]) => {
    const at = term.search(/['\u2019]/);
    return at >= 0 && articles.has(lowerCase(term.slice(0, at))) ? [term.slice(at + 1), start, end] : [term, start, end];
  });

  // Every analysis the theme has: standard here, each other one in analysis/ID.js, loaded when a
  // search export names it, so a page carries only its language's stop words and stemmer.
  const KNOWN = Object.freeze(['cjk', 'de', 'en', 'es', 'fr', 'it', 'nl', 'pt', 'standard', 'sv']);
  const ANALYZERS = new Map([['standard', chain(each(lowerCase))]]);
  const self = document.currentScript;
  const folder = self && self.src ? new URL('analysis/', self.src).href : 'analysis/';
  const loading = new Map(); // id -> Promise

  const unknown = (analysis) => new Error(`unknown analysis "${analysis}" (known: ${KNOWN.join(', ')})`);

  /** Makes an analysis known by its id; called by each file of analysis/. */
  const define = (id, analyzer) => {
    if (!KNOWN.includes(id)) throw unknown(id);
    ANALYZERS.set(id, analyzer);
  };

  /** Resolves once the analysis can be used: loads analysis/ID.js the first time (a script, so file:// works too). */
  const load = (analysis) => {
    if (ANALYZERS.has(analysis)) return Promise.resolve(analysis);
    if (!KNOWN.includes(analysis)) return Promise.reject(unknown(analysis));
    if (!loading.has(analysis)) {
      loading.set(analysis, new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = `${folder}${analysis}.js`;
        script.addEventListener('load', () => {
          script.remove();
          if (ANALYZERS.has(analysis)) resolve(analysis);
          else reject(new Error(`search: ${script.src} defined no analysis "${analysis}"`));
        });
        script.addEventListener('error', () => {
          script.remove();
          loading.delete(analysis); // a later search may try again
          reject(new Error(`search: cannot load ${script.src}`));
        });
        document.head.appendChild(script);
      }));
    }
    return loading.get(analysis);
  };

  function spans(analysis, text) {
    const analyzer = ANALYZERS.get(analysis);
    if (!analyzer) {
      if (!KNOWN.includes(analysis)) throw unknown(analysis);
      throw new Error(`analysis "${analysis}" is not loaded yet: await PlaybookAnalyzer.load("${analysis}") first`);
    }
    return analyzer(tokenize(String(text))).map(([term, start, end]) => [term, start, end]);
  }

  const analyze = (analysis, text) => spans(analysis, text).map(([term]) => term);

  // StemmerUtil.endsWith: whether the first len UTF-16 units of s (an array of them) end in suffix.
  const endsWith = (s, len, suffix) => len >= suffix.length
    && suffix.split('').every((ch, i) => s[len - suffix.length + i] === ch);

  const parts = Object.freeze({ chain, each, without, elision, words, forms, lowerCase, endsWith });

  window.PlaybookAnalyzer = Object.freeze({
    analyze, spans, load, define, parts, known: KNOWN,
    /** The analyses ready to use. */
    get analyses() {
      return Array.from(ANALYZERS.keys()).sort();
    },
  });
})();
