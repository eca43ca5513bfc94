/*
 * The "it" analysis, Lucene's ItalianAnalyzer: StandardTokenizer, ElisionFilter (its articles),
 * LowerCaseFilter, StopFilter (italian_stop.txt), ItalianLightStemFilter. Loaded by
 * PlaybookAnalyzer.load('it') after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, elision, words, lowerCase } = window.PlaybookAnalyzer.parts;

  const ARTICLES = new Set(words('c l all dall dell nell sull coll pell gl agl dagl degl negl sugl un m t s v d'));

  // Lucene's italian_stop.txt (Snowball's list).
  const STOP_WORDS = new Set(words('ad al allo ai agli all agl alla alle con col coi da dal dallo dai dagli dall dagl dalla'
    + ' dalle di del dello dei degli dell degl della delle in nel nello nei negli nell negl nella'
    + ' nelle su sul sullo sui sugli sull sugl sulla sulle per tra contro io tu lui lei noi voi loro'
    + ' mio mia miei mie tuo tua tuoi tue suo sua suoi sue nostro nostra nostri nostre vostro vostra'
    + ' vostri vostre mi ti ci vi lo la li le gli ne il un uno una ma ed se perché anche come dov'
    + ' dove che chi cui non più quale quanto quanti quanta quante quello quelli quella quelle'
    + ' questo questi questa queste si tutto tutti a c e i l o ho hai ha abbiamo avete hanno abbia'
    + ' abbiate abbiano avrò avrai avrà avremo avrete avranno avrei avresti avrebbe avremmo avreste'
    + ' avrebbero avevo avevi aveva avevamo avevate avevano ebbi avesti ebbe avemmo aveste ebbero'
    + ' avessi avesse avessimo avessero avendo avuto avuta avuti avute sono sei è siamo siete sia'
    + ' siate siano sarò sarai sarà saremo sarete saranno sarei saresti sarebbe saremmo sareste'
    + ' sarebbero ero eri era eravamo eravate erano fui fosti fu fummo foste furono fossi fosse'
    + ' fossimo fossero essendo faccio fai facciamo fanno faccia facciate facciano farò farai farà'
    + ' faremo farete faranno farei faresti farebbe faremmo fareste farebbero facevo facevi faceva'
    + ' facevamo facevate facevano feci facesti fece facemmo faceste fecero facessi facesse'
    + ' facessimo facessero facendo sto stai sta stiamo stanno stia stiate stiano starò starai starà'
    + ' staremo starete staranno starei staresti starebbe staremmo stareste starebbero stavo stavi'
    + ' stava stavamo stavate stavano stetti stesti stette stemmo steste stettero stessi stesse'
    + ' stessimo stessero stando'));

  const ACCENTS = { à: 'a', á: 'a', â: 'a', ä: 'a', ò: 'o', ó: 'o', ô: 'o', ö: 'o', è: 'e', é: 'e', ê: 'e', ë: 'e',
    ù: 'u', ú: 'u', û: 'u', ü: 'u', ì: 'i', í: 'i', î: 'i', ï: 'i' };

  // Lucene's ItalianLightStemmer (Savoy): accents off, then the final vowel (with an i or h before it).
  function stem(term) {
    if (term.length < 6) return term;
    const s = term.split('').map((ch) => ACCENTS[ch] || ch);
    const len = s.length;
    const last = s[len - 1];
    const before = s[len - 2];
    let cut = 0;
    if (last === 'e' || last === 'i') cut = before === 'i' || before === 'h' ? 2 : 1;
    else if (last === 'a' || last === 'o') cut = before === 'i' ? 2 : 1;
    return s.slice(0, len - cut).join('');
  }

  window.PlaybookAnalyzer.define('it', chain(elision(ARTICLES), each(lowerCase), without(STOP_WORDS), each(stem)));
})();
