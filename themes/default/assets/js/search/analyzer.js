/*
 * PlaybookAnalyzer.analyze(analysis, text): the terms, in order, that Lucene 9.12.3 makes of the
 * text in the search index; PlaybookAnalyzer.analyses: the analyses, named as the search manifest
 * names them (its "analysis", which the build picks from the playbook's language). A query finds
 * its pages only when it is cut and normalised like them, so each analysis repeats its Lucene
 * analyzer (AnalyzerParityTest holds the two to the same terms):
 *   en        EnglishAnalyzer: StandardTokenizer, EnglishPossessiveFilter, LowerCaseFilter,
 *             StopFilter, PorterStemFilter
 *   es        SpanishAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter, SpanishLightStemFilter
 *   cjk       CJKAnalyzer (zh, ja, ko): StandardTokenizer, CJKWidthFilter, LowerCaseFilter,
 *             CJKBigramFilter, StopFilter (its English stop words)
 *   standard  StandardAnalyzer (every other language): StandardTokenizer, LowerCaseFilter
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

  // ---- Chinese, Japanese, Korean ----

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

  // ---- Analyzers ----

  // Each maps the tokens to [term, start, end] spans.
  const each = (map) => (spans) => spans.map(([term, start, end]) => [map(term), start, end]);
  const without = (stop) => (spans) => spans.filter(([term]) => !stop.has(term));
  const chain = (...steps) => (tokens) => steps.reduce((spans, step) => step(spans), tokens);

  const ANALYZERS = {
    en: chain(each(englishPossessive), each(lowerCase), without(ENGLISH_STOP_WORDS), each(porterStem)),
    es: chain(each(lowerCase), without(SPANISH_STOP_WORDS), each(spanishLightStem)),
    cjk: chain((tokens) => tokens.map(([term, start, end, cjk]) => [lowerCase(widthFold(term)), start, end, cjk]),
      cjkBigrams, without(CJK_STOP_WORDS)),
    standard: chain(each(lowerCase)),
  };

  function spans(analysis, text) {
    const analyzer = ANALYZERS[analysis];
    if (!analyzer) {
      throw new Error(`unknown analysis "${analysis}" (known: ${Object.keys(ANALYZERS).join(', ')})`);
    }
    return analyzer(tokenize(String(text))).map(([term, start, end]) => [term, start, end]);
  }

  const analyze = (analysis, text) => spans(analysis, text).map(([term]) => term);

  window.PlaybookAnalyzer = Object.freeze({ analyze, spans, analyses: Object.freeze(Object.keys(ANALYZERS)) });
})();
