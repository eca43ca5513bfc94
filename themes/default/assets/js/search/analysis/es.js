/*
 * The "es" analysis, Lucene's SpanishAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter
 * (spanish_stop.txt), SpanishLightStemFilter. Loaded by PlaybookAnalyzer.load('es') after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, words, forms, lowerCase } = window.PlaybookAnalyzer.parts;
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

  window.PlaybookAnalyzer.define('es', chain(each(lowerCase), without(SPANISH_STOP_WORDS), each(spanishLightStem)));
})();
