/*
 * The "en" analysis, Lucene's EnglishAnalyzer: StandardTokenizer, EnglishPossessiveFilter,
 * LowerCaseFilter, StopFilter (its 33 stop words), PorterStemFilter. Loaded by
 * PlaybookAnalyzer.load('en') after analyzer.js, which holds the tokenizer.
 */
(() => {
  'use strict';

  const { chain, each, without, words, lowerCase } = window.PlaybookAnalyzer.parts;
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

  window.PlaybookAnalyzer.define('en', chain(each(englishPossessive), each(lowerCase), without(ENGLISH_STOP_WORDS), each(porterStem)));
})();
