/*
 * The "pt" analysis, Lucene's PortugueseAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter
 * (portuguese_stop.txt), PortugueseLightStemFilter. Loaded by PlaybookAnalyzer.load('pt') after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, words, lowerCase, endsWith } = window.PlaybookAnalyzer.parts;

  // Lucene's portuguese_stop.txt (Snowball's list).
  const STOP_WORDS = new Set(words('de a o que e do da em um para com não uma os no se na por mais as dos como mas ao ele das à'
    + ' seu sua ou quando muito nos já eu também só pelo pela até isso ela entre depois sem mesmo'
    + ' aos seus quem nas me esse eles você essa num nem suas meu às minha numa pelos elas qual nós'
    + ' lhe deles essas esses pelas este dele tu te vocês vos lhes meus minhas teu tua teus tuas'
    + ' nosso nossa nossos nossas dela delas esta estes estas aquele aquela aqueles aquelas isto'
    + ' aquilo estou está estamos estão estive esteve estivemos estiveram estava estávamos estavam'
    + ' estivera estivéramos esteja estejamos estejam estivesse estivéssemos estivessem estiver'
    + ' estivermos estiverem hei há havemos hão houve houvemos houveram houvera houvéramos haja'
    + ' hajamos hajam houvesse houvéssemos houvessem houver houvermos houverem houverei houverá'
    + ' houveremos houverão houveria houveríamos houveriam sou somos são era éramos eram fui foi'
    + ' fomos foram fora fôramos seja sejamos sejam fosse fôssemos fossem for formos forem serei'
    + ' será seremos serão seria seríamos seriam tenho tem temos tém tinha tínhamos tinham tive teve'
    + ' tivemos tiveram tivera tivéramos tenha tenhamos tenham tivesse tivéssemos tivessem tiver'
    + ' tivermos tiverem terei terá teremos terão teria teríamos teriam'));

  const anyEnd = (s, len, list) => list.split(' ').some((suffix) => endsWith(s, len, suffix));

  const ACCENTS = { à: 'a', á: 'a', â: 'a', ä: 'a', ã: 'a', ò: 'o', ó: 'o', ô: 'o', ö: 'o', õ: 'o', è: 'e', é: 'e',
    ê: 'e', ë: 'e', ù: 'u', ú: 'u', û: 'u', ü: 'u', ì: 'i', í: 'i', î: 'i', ï: 'i', ç: 'c' };

  // PortugueseLightStemmer.removeSuffix: plurals, -mente.
  function removeSuffix(s, len) {
    if (len > 4 && endsWith(s, len, 'es') && 'rslz'.includes(s[len - 3])) return len - 2;
    if (len > 3 && endsWith(s, len, 'ns')) {
      s[len - 2] = 'm';
      return len - 1;
    }
    if (len > 4 && anyEnd(s, len, 'eis éis')) {
      s[len - 3] = 'e';
      s[len - 2] = 'l';
      return len - 1;
    }
    if (len > 4 && endsWith(s, len, 'ais')) {
      s[len - 2] = 'l';
      return len - 1;
    }
    if (len > 4 && endsWith(s, len, 'óis')) {
      s[len - 3] = 'o';
      s[len - 2] = 'l';
      return len - 1;
    }
    if (len > 4 && endsWith(s, len, 'is')) {
      s[len - 1] = 'l';
      return len;
    }
    if (len > 3 && anyEnd(s, len, 'ões ães')) {
      len--;
      s[len - 2] = 'ã';
      s[len - 1] = 'o';
      return len;
    }
    if (len > 6 && endsWith(s, len, 'mente')) return len - 5;
    if (len > 3 && s[len - 1] === 's') return len - 1;
    return len;
  }

  // PortugueseLightStemmer.normFeminine: feminine endings to masculine ones.
  function normFeminine(s, len) {
    if (len > 7 && anyEnd(s, len, 'inha iaca eira')) {
      s[len - 1] = 'o';
      return len;
    }
    if (len > 6) {
      if (anyEnd(s, len, 'osa ica ida ada iva ama')) {
        s[len - 1] = 'o';
        return len;
      }
      if (endsWith(s, len, 'ona')) {
        s[len - 3] = 'ã';
        s[len - 2] = 'o';
        return len - 1;
      }
      if (endsWith(s, len, 'ora')) return len - 1;
      if (endsWith(s, len, 'esa')) {
        s[len - 3] = 'ê';
        return len - 1;
      }
      if (endsWith(s, len, 'na')) {
        s[len - 1] = 'o';
        return len;
      }
    }
    return len;
  }

  // Lucene's PortugueseLightStemmer (Savoy), on the term's UTF-16 units.
  function stem(term) {
    if (term.length < 4) return term;
    const s = term.split('');
    let len = removeSuffix(s, s.length);
    if (len > 3 && s[len - 1] === 'a') len = normFeminine(s, len);
    if (len > 4 && 'eao'.includes(s[len - 1])) len--;
    return s.slice(0, len).map((ch) => ACCENTS[ch] || ch).join('');
  }

  window.PlaybookAnalyzer.define('pt', chain(each(lowerCase), without(STOP_WORDS), each(stem)));
})();
