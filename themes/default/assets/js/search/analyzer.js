/*
 * PlaybookAnalyzer.analyze(language, text): the terms, in order, that Lucene 9.12.3 makes of the
 * text in the search index; PlaybookAnalyzer.languages: the languages. A query finds its pages
 * only when it is cut and normalised like them, so each language repeats its Lucene analyzer
 * (AnalyzerParityTest holds the two to the same terms):
 *   en  EnglishAnalyzer: StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter,
 *       StopFilter, PorterStemFilter
 *   es  SpanishAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter, SpanishLightStemFilter
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

  // Index just past the longest match of the automaton at start (start when none): the scanner
  // takes the longest token that fits in its buffer.
  function longestMatch(machine, text, start, limit) {
    let state = 'start';
    let end = start;
    for (let i = start; i < limit; ) {
      const ch = String.fromCodePoint(text.codePointAt(i));
      if (i + ch.length > limit) break;
      let kind = machine.classes.get(ch);
      if (!kind) machine.classes.set(ch, (kind = machine.classify(ch)));
      const row = machine.rows[state];
      state = row[kind] || row[machine.actsAs[kind]];
      if (!state) break;
      i += ch.length;
      if (machine.ends.has(state)) end = i;
    }
    return end;
  }

  function tokenize(text) {
    const tokens = [];
    for (let i = 0; i < text.length; ) {
      const limit = Math.min(text.length, i + MAX_TOKEN_LENGTH);
      const end = Math.max(longestMatch(WORD, text, i, limit), longestMatch(EMOJI, text, i, limit));
      if (end > i) {
        tokens.push(text.slice(i, end));
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

  // ---- English ----

  const ENGLISH_STOP_WORDS = new Set(words('a an and are as at be but by for if in into is it no not'
    + ' of on or such that the their then there these they this to was will with'));

  function englishPossessive(term) {
    return /['\u2019\uFF07][sS]$/.test(term) ? term.slice(0, -2) : term;
  }

  // Lucene's PorterStemmer, step for step. Suffixes are listed in its order; as it looks only at
  // suffixes sharing the word's last (step 4) or last but one letter, the first one that ends
  // the word is the one it takes.
  const PORTER_STEP3 = words('ational:ate tional:tion enci:ence anci:ance izer:ize bli:ble alli:al'
    + ' entli:ent eli:e ousli:ous ization:ize ation:ate ator:ate alism:al iveness:ive fulness:ful'
    + ' ousness:ous aliti:al iviti:ive biliti:ble logi:log').map((rule) => rule.split(':'));
  const PORTER_STEP4 = words('icate:ic ative: alize:al iciti:ic ical:ic ful: ness:')
    .map((rule) => rule.split(':'));
  const PORTER_STEP5 = words('al ance ence er ic able ible ant ement ment ent ion ou ism ate iti ous ive ize');

  function porterStem(term) {
    if (term.length < 3) return term;
    const b = term.split('');
    let k = b.length - 1; // last letter of the word as stemmed so far
    let j = 0; // last letter before the suffix found by ends()

    const cons = (i) => !'aeiou'.includes(b[i]) && (b[i] !== 'y' || i === 0 || !cons(i - 1));
    const measure = () => { // vowel-consonant sequences in b[0..j]
      let m = 0;
      for (let i = 1; i <= j; i++) if (!cons(i - 1) && cons(i)) m++;
      return m;
    };
    const vowelInStem = () => b.slice(0, j + 1).some((_, i) => !cons(i));
    const doubleC = (i) => i >= 1 && b[i] === b[i - 1] && cons(i);
    const cvc = (i) => i >= 2 && cons(i) && !cons(i - 1) && cons(i - 2) && !'wxy'.includes(b[i]);
    const ends = (s) => {
      if (k + 1 < s.length || b.slice(k + 1 - s.length, k + 1).join('') !== s) return false;
      j = k - s.length;
      return true;
    };
    const setTo = (s) => {
      s.split('').forEach((c, i) => { b[j + 1 + i] = c; });
      k = j + s.length;
    };
    const replaceSuffix = (rules) => {
      const rule = rules.find(([suffix]) => ends(suffix));
      if (rule && measure() > 0) setTo(rule[1]);
    };

    // Step 1: plurals, -ed, -ing.
    if (b[k] === 's') {
      if (ends('sses')) k -= 2;
      else if (ends('ies')) setTo('i');
      else if (b[k - 1] !== 's') k--;
    }
    if (ends('eed')) {
      if (measure() > 0) k--;
    } else if ((ends('ed') || ends('ing')) && vowelInStem()) {
      k = j;
      if (ends('at')) setTo('ate');
      else if (ends('bl')) setTo('ble');
      else if (ends('iz')) setTo('ize');
      else if (doubleC(k)) {
        if (!'lsz'.includes(b[k])) k--;
      } else if (measure() === 1 && cvc(k)) setTo('e');
    }
    // Step 2: y to i. Steps 3 and 4: double suffixes to single ones, then -ic-, -full, -ness.
    if (ends('y') && vowelInStem()) b[k] = 'i';
    replaceSuffix(PORTER_STEP3);
    replaceSuffix(PORTER_STEP4);
    // Step 5: -ant, -ence and the like; -ion only after s or t.
    const found = PORTER_STEP5.some((s) => ends(s) && (s !== 'ion' || (j >= 0 && 'st'.includes(b[j]))));
    if (found && measure() > 1) k = j;
    // Step 6: a final -e, and -ll to -l.
    j = k;
    if (b[k] === 'e') {
      const m = measure();
      if (m > 1 || (m === 1 && !cvc(k - 1))) k--;
    }
    if (b[k] === 'l' && doubleC(k) && measure() > 1) k--;
    return b.slice(0, k + 1).join('');
  }

  // ---- Spanish ----

  // Lucene's spanish_stop.txt, its inflected forms written as stems times endings.
  const SPANISH_STOP_WORDS = new Set([
    ...words('a al algo algunas algunos ante antes como con contra cual cuando de del desde donde'
      + ' durante e el ella ellas ellos en entre eres es esa esas ese eso esos esta estad estamos'
      + ' estando estar estas este estemos esto estos estoy está estábamos estáis están estás esté'
      + ' estéis estén estés ha habiendo habéis han has hasta hay he hemos la las le les lo los me'
      + ' mi mis mucho muchos muy más mí nada ni no nos o os para pero poco por porque que quien'
      + ' quienes qué se sido siendo sin sobre sois somos son soy su sus sí también tanto te tened'
      + ' tenemos tengo teniendo tenéis ti tiene tienen tienes todo todos tu tus tú un una uno'
      + ' unos y ya yo él éramos'),
    ...forms('estad habid tenid mí nuestr otr suy tuy vuestr', 'a as o os'),
    ...forms('nosotr vosotr', 'as os'),
    ...forms('estab er', 'a ais an as'),
    ...forms('hab ten', 'ía íais íamos ían ías'),
    ...forms('hay se teng', 'a amos an as áis'),
    ...forms('estar habr ser tendr', 'é ás á emos éis án ía ías íamos íais ían'),
    ...forms('estuv hub tuv', 'e iera ierais ieran ieras ieron iese ieseis iesen ieses imos iste'
      + ' isteis iéramos iésemos o'),
    ...forms('fu', 'e i era erais eran eras eron ese eseis esen eses imos iste isteis éramos ésemos'),
  ]);

  // Lucene's SpanishLightStemmer (Savoy, CLEF 2001): accents off, then one gender or plural ending.
  function spanishLightStem(term) {
    if (term.length < 5) return term;
    const s = term.replace(/[àáâä]/g, 'a').replace(/[òóôö]/g, 'o').replace(/[èéêë]/g, 'e')
      .replace(/[ùúûü]/g, 'u').replace(/[ìíîï]/g, 'i');
    if (/[oae]$/.test(s)) return s.slice(0, -1);
    if (/eses$/.test(s)) return s.slice(0, -2);
    if (/ces$/.test(s)) return s.slice(0, -3) + 'z';
    if (/[oae]s$/.test(s)) return s.slice(0, -2);
    return s;
  }

  // ---- Analyzers ----

  const ANALYZERS = {
    en: (tokens) => tokens.map(englishPossessive).map(lowerCase)
      .filter((term) => !ENGLISH_STOP_WORDS.has(term)).map(porterStem),
    es: (tokens) => tokens.map(lowerCase)
      .filter((term) => !SPANISH_STOP_WORDS.has(term)).map(spanishLightStem),
  };

  function analyze(language, text) {
    const analyzer = ANALYZERS[language];
    if (!analyzer) {
      throw new Error(`unknown language "${language}" (known: ${Object.keys(ANALYZERS).join(', ')})`);
    }
    return analyzer(tokenize(String(text)));
  }

  window.PlaybookAnalyzer = Object.freeze({ analyze, languages: Object.freeze(Object.keys(ANALYZERS)) });
})();
