/*
 * The "nl" analysis, Lucene's DutchAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter
 * (dutch_stop.txt), StemmerOverrideFilter (its four words), SnowballFilter with Snowball's Dutch
 * stemmer. The stemmer below is Lucene's generated org.tartarus.snowball.ext.DutchStemmer written
 * out step for step, on the little of SnowballProgram it uses. Loaded by PlaybookAnalyzer.load('nl')
 * after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, words, lowerCase } = window.PlaybookAnalyzer.parts;

  // Lucene's dutch_stop.txt (Snowball's list).
  const STOP_WORDS = new Set(words('de en van ik te dat die in een hij het niet zijn is was op aan met als voor had er maar om'
    + ' hem dan zou of wat mijn men dit zo door over ze zich bij ook tot je mij uit der daar haar'
    + ' naar heb hoe heeft hebben deze u want nog zal me zij nu ge geen omdat iets worden toch al'
    + ' waren veel meer doen toen moet ben zonder kan hun dus alles onder ja eens hier wie werd'
    + ' altijd doch wordt wezen kunnen ons zelf tegen na reeds wil kon niets uw iemand geweest'
    + ' andere'));

  // DutchAnalyzer's stem dictionary: these words are not stemmed but replaced.
  const OVERRIDES = new Map([['fiets', 'fiets'], ['bromfiets', 'bromfiets'], ['ei', 'eier'], ['kind', 'kinder']]);

  // Among tables: [string, index of the entry it extends, result].
  const among = (rows) => rows.map(([s, sub, result]) => [Array.from(s, (ch) => ch.charCodeAt(0)), sub, result]);
  const A0 = among([['', -1, 6], ['\u00E1', 0, 1], ['\u00E4', 0, 1], ['\u00E9', 0, 2], ['\u00EB', 0, 2],
    ['\u00ED', 0, 3], ['\u00EF', 0, 3], ['\u00F3', 0, 4], ['\u00F6', 0, 4], ['\u00FA', 0, 5], ['\u00FC', 0, 5]]);
  const A1 = among([['', -1, 3], ['I', 0, 2], ['Y', 0, 1]]);
  const A2 = among([['dd', -1, -1], ['kk', -1, -1], ['tt', -1, -1]]);
  const A3 = among([['ene', -1, 2], ['se', -1, 3], ['en', -1, 2], ['heden', 2, 1], ['s', -1, 3]]);
  const A4 = among([['end', -1, 1], ['ig', -1, 2], ['ing', -1, 1], ['lijk', -1, 3], ['baar', -1, 4], ['bar', -1, 5]]);
  const A5 = among([['aa', -1, -1], ['ee', -1, -1], ['oo', -1, -1], ['uu', -1, -1]]);
  // Groupings: bit sets of characters from min: v vowels (aeiouyè), v_I vowels and I, v_j vowels and j.
  const G_V = [17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];
  const G_V_I = [1, 0, 0, 17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];
  const G_V_J = [17, 67, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128];

  function dutchStem(term) {
    let current = Array.from(term.split(''), (ch) => ch.charCodeAt(0));
    let cursor = 0;
    let limit = current.length;
    let limitBackward = 0;
    let bra = 0;
    let ket = limit;
    let p1 = 0;
    let p2 = 0;
    let eFound = false;

    const inGroup = (g, min, max, ch) => ch <= max && ch >= min && (g[(ch - min) >> 3] & (1 << ((ch - min) & 7))) !== 0;
    const inGrouping = (g, min, max) => {
      if (cursor >= limit || !inGroup(g, min, max, current[cursor])) return false;
      cursor++;
      return true;
    };
    const outGrouping = (g, min, max) => {
      if (cursor >= limit || inGroup(g, min, max, current[cursor])) return false;
      cursor++;
      return true;
    };
    const outGroupingB = (g, min, max) => {
      if (cursor <= limitBackward || inGroup(g, min, max, current[cursor - 1])) return false;
      cursor--;
      return true;
    };
    const eqS = (s) => {
      if (limit - cursor < s.length) return false;
      for (let i = 0; i < s.length; i++) if (current[cursor + i] !== s.charCodeAt(i)) return false;
      cursor += s.length;
      return true;
    };
    const eqSB = (s) => {
      if (cursor - limitBackward < s.length) return false;
      for (let i = 0; i < s.length; i++) if (current[cursor - s.length + i] !== s.charCodeAt(i)) return false;
      cursor -= s.length;
      return true;
    };
    const findAmong = (v) => {
      let i = 0;
      let j = v.length;
      const c = cursor;
      const l = limit;
      let commonI = 0;
      let commonJ = 0;
      let firstKeyInspected = false;
      for (;;) {
        const k = i + ((j - i) >> 1);
        let diff = 0;
        let common = Math.min(commonI, commonJ);
        const w = v[k][0];
        for (let i2 = common; i2 < w.length; i2++) {
          if (c + common === l) {
            diff = -1;
            break;
          }
          diff = current[c + common] - w[i2];
          if (diff !== 0) break;
          common++;
        }
        if (diff < 0) {
          j = k;
          commonJ = common;
        } else {
          i = k;
          commonI = common;
        }
        if (j - i <= 1) {
          if (i > 0 || j === i || firstKeyInspected) break;
          firstKeyInspected = true;
        }
      }
      for (;;) {
        const [w, sub, result] = v[i];
        if (commonI >= w.length) {
          cursor = c + w.length;
          return result;
        }
        i = sub;
        if (i < 0) return 0;
      }
    };
    const findAmongB = (v) => {
      let i = 0;
      let j = v.length;
      const c = cursor;
      const lb = limitBackward;
      let commonI = 0;
      let commonJ = 0;
      let firstKeyInspected = false;
      for (;;) {
        const k = i + ((j - i) >> 1);
        let diff = 0;
        let common = Math.min(commonI, commonJ);
        const w = v[k][0];
        for (let i2 = w.length - 1 - common; i2 >= 0; i2--) {
          if (c - common === lb) {
            diff = -1;
            break;
          }
          diff = current[c - 1 - common] - w[i2];
          if (diff !== 0) break;
          common++;
        }
        if (diff < 0) {
          j = k;
          commonJ = common;
        } else {
          i = k;
          commonI = common;
        }
        if (j - i <= 1) {
          if (i > 0 || j === i || firstKeyInspected) break;
          firstKeyInspected = true;
        }
      }
      for (;;) {
        const [w, sub, result] = v[i];
        if (commonI >= w.length) {
          cursor = c - w.length;
          return result;
        }
        i = sub;
        if (i < 0) return 0;
      }
    };
    const sliceFrom = (s) => { // replace_s(bra, ket, s)
      const adjustment = s.length - (ket - bra);
      current = current.slice(0, bra).concat(Array.from(s, (ch) => ch.charCodeAt(0)), current.slice(ket, limit));
      limit += adjustment;
      if (cursor >= ket) cursor += adjustment;
      else if (cursor > bra) cursor = bra;
    };
    const sliceDel = () => sliceFrom('');

    const R1 = () => p1 <= cursor;
    const R2 = () => p2 <= cursor;

    function prelude() {
      const v1 = cursor;
      for (;;) {
        const v2 = cursor;
        bra = cursor;
        const found = findAmong(A0);
        if (found === 0) {
          cursor = v2;
          break;
        }
        ket = cursor;
        if (found <= 5) {
          sliceFrom('aeiou'[found - 1]);
        } else {
          if (cursor >= limit) {
            cursor = v2;
            break;
          }
          cursor++;
        }
      }
      cursor = v1;
      const v3 = cursor;
      bra = cursor;
      if (eqS('y')) {
        ket = cursor;
        sliceFrom('Y');
      } else {
        cursor = v3;
      }
      for (;;) {
        const v4 = cursor;
        let marked = false;
        for (;;) {
          const v5 = cursor;
          if (inGrouping(G_V, 97, 232)) {
            bra = cursor;
            const v6 = cursor;
            let done = false;
            if (eqS('i')) {
              ket = cursor;
              if (inGrouping(G_V, 97, 232)) {
                sliceFrom('I');
                done = true;
              }
            }
            if (!done) {
              cursor = v6;
              if (eqS('y')) {
                ket = cursor;
                sliceFrom('Y');
                done = true;
              }
            }
            if (done) {
              cursor = v5;
              marked = true;
              break;
            }
          }
          cursor = v5;
          if (cursor >= limit) break;
          cursor++;
        }
        if (!marked) {
          cursor = v4;
          break;
        }
      }
    }

    function markRegions() {
      p1 = limit;
      p2 = limit;
      const skip = (test) => {
        for (;;) {
          if (test()) return true;
          if (cursor >= limit) return false;
          cursor++;
        }
      };
      if (!skip(() => inGrouping(G_V, 97, 232)) || !skip(() => outGrouping(G_V, 97, 232))) return;
      p1 = cursor;
      if (p1 < 3) p1 = 3;
      if (!skip(() => inGrouping(G_V, 97, 232)) || !skip(() => outGrouping(G_V, 97, 232))) return;
      p2 = cursor;
    }

    function postlude() {
      for (;;) {
        const v1 = cursor;
        bra = cursor;
        const found = findAmong(A1);
        if (found === 0) {
          cursor = v1;
          break;
        }
        ket = cursor;
        if (found === 1) sliceFrom('y');
        else if (found === 2) sliceFrom('i');
        else {
          if (cursor >= limit) {
            cursor = v1;
            break;
          }
          cursor++;
        }
      }
    }

    function undouble() {
      const v1 = limit - cursor;
      if (findAmongB(A2) === 0) return false;
      cursor = limit - v1;
      ket = cursor;
      if (cursor <= limitBackward) return false;
      cursor--;
      bra = cursor;
      sliceDel();
      return true;
    }

    function eEnding() {
      eFound = false;
      ket = cursor;
      if (!eqSB('e')) return false;
      bra = cursor;
      if (!R1()) return false;
      const v1 = limit - cursor;
      if (!outGroupingB(G_V, 97, 232)) return false;
      cursor = limit - v1;
      sliceDel();
      eFound = true;
      return undouble();
    }

    function enEnding() {
      if (!R1()) return false;
      const v1 = limit - cursor;
      if (!outGroupingB(G_V, 97, 232)) return false;
      cursor = limit - v1;
      const v2 = limit - cursor;
      if (eqSB('gem')) return false;
      cursor = limit - v2;
      sliceDel();
      return undouble();
    }

    function standardSuffix() {
      const v1 = limit - cursor;
      step1: {
        ket = cursor;
        const found = findAmongB(A3);
        if (found === 0) break step1;
        bra = cursor;
        if (found === 1) {
          if (!R1()) break step1;
          sliceFrom('heid');
        } else if (found === 2) {
          if (!enEnding()) break step1;
        } else {
          if (!R1() || !outGroupingB(G_V_J, 97, 232)) break step1;
          sliceDel();
        }
      }
      cursor = limit - v1;
      const v2 = limit - cursor;
      eEnding();
      cursor = limit - v2;
      const v3 = limit - cursor;
      heid: {
        ket = cursor;
        if (!eqSB('heid')) break heid;
        bra = cursor;
        if (!R2()) break heid;
        const v4 = limit - cursor;
        if (eqSB('c')) break heid;
        cursor = limit - v4;
        sliceDel();
        ket = cursor;
        if (!eqSB('en')) break heid;
        bra = cursor;
        enEnding();
      }
      cursor = limit - v3;
      const v5 = limit - cursor;
      step3: {
        ket = cursor;
        const found = findAmongB(A4);
        if (found === 0) break step3;
        bra = cursor;
        if (found === 1) {
          if (!R2()) break step3;
          sliceDel();
          const v6 = limit - cursor;
          let ig = false;
          ing: {
            ket = cursor;
            if (!eqSB('ig')) break ing;
            bra = cursor;
            if (!R2()) break ing;
            const v7 = limit - cursor;
            if (eqSB('e')) break ing;
            cursor = limit - v7;
            sliceDel();
            ig = true;
          }
          if (!ig) {
            cursor = limit - v6;
            if (!undouble()) break step3;
          }
        } else if (found === 2) {
          if (!R2()) break step3;
          const v8 = limit - cursor;
          if (eqSB('e')) break step3;
          cursor = limit - v8;
          sliceDel();
        } else if (found === 3) {
          if (!R2()) break step3;
          sliceDel();
          if (!eEnding()) break step3;
        } else if (found === 4) {
          if (!R2()) break step3;
          sliceDel();
        } else {
          if (!R2() || !eFound) break step3;
          sliceDel();
        }
      }
      cursor = limit - v5;
      const v9 = limit - cursor;
      step4: {
        if (!outGroupingB(G_V_I, 73, 232)) break step4;
        const v10 = limit - cursor;
        if (findAmongB(A5) === 0) break step4;
        if (!outGroupingB(G_V, 97, 232)) break step4;
        cursor = limit - v10;
        ket = cursor;
        if (cursor <= limitBackward) break step4;
        cursor--;
        bra = cursor;
        sliceDel();
      }
      cursor = limit - v9;
    }

    const v1 = cursor;
    prelude();
    cursor = v1;
    const v2 = cursor;
    markRegions();
    cursor = v2;
    limitBackward = cursor;
    cursor = limit;
    standardSuffix();
    cursor = limitBackward;
    const v4 = cursor;
    postlude();
    cursor = v4;
    return String.fromCharCode(...current.slice(0, limit));
  }

  const stem = (term) => (OVERRIDES.has(term) ? OVERRIDES.get(term) : dutchStem(term));

  window.PlaybookAnalyzer.define('nl', chain(each(lowerCase), without(STOP_WORDS), each(stem)));
})();
