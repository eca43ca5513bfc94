/*
 * The "sv" analysis: Lucene's SwedishAnalyzer with SwedishLightStemFilter for its Snowball stemmer
 * (SwedishLightAnalyzer in the build): StandardTokenizer, LowerCaseFilter, StopFilter
 * (swedish_stop.txt), SwedishLightStemFilter. Loaded by PlaybookAnalyzer.load('sv') after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, words, lowerCase, endsWith } = window.PlaybookAnalyzer.parts;

  // Lucene's swedish_stop.txt (Snowball's list).
  const STOP_WORDS = new Set(words('och det att i en jag hon som han på den med var sig för så till är men ett om hade de av'
    + ' icke mig du henne då sin nu har inte hans honom skulle hennes där min man ej vid kunde något'
    + ' från ut när efter upp vi dem vara vad över än dig kan sina här ha mot alla under någon eller'
    + ' allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din'
    + ' dessa några deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför'
    + ' varje vilka ditt vem vilket sitta sådana vart dina vars vårt våra ert era vilkas'));

  const anyEnd = (s, len, list) => list.split(' ').some((suffix) => endsWith(s, len, suffix));

  // Lucene's SwedishLightStemmer (Savoy), on the term's UTF-16 units.
  function cut(s, len) {
    if (len > 4 && s[len - 1] === 's') len--;
    if (len > 7 && anyEnd(s, len, 'elser heten')) return len - 5;
    if (len > 6 && anyEnd(s, len, 'arne erna ande else aste orna aren')) return len - 4;
    if (len > 5 && anyEnd(s, len, 'are ast het')) return len - 3;
    if (len > 4 && anyEnd(s, len, 'ar er or en at te et')) return len - 2;
    if (len > 3 && 'taen'.includes(s[len - 1])) return len - 1;
    return len;
  }

  const stem = (term) => {
    const s = term.split('');
    return s.slice(0, cut(s, s.length)).join('');
  };

  window.PlaybookAnalyzer.define('sv', chain(each(lowerCase), without(STOP_WORDS), each(stem)));
})();
