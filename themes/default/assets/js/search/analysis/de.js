/*
 * The "de" analysis, Lucene's GermanAnalyzer: StandardTokenizer, LowerCaseFilter, StopFilter
 * (german_stop.txt), GermanNormalizationFilter, GermanLightStemFilter. Compounds stay whole, as
 * Lucene keeps them. Loaded by PlaybookAnalyzer.load('de') after analyzer.js.
 */
(() => {
  'use strict';

  const { chain, each, without, words, lowerCase } = window.PlaybookAnalyzer.parts;

  // Lucene's german_stop.txt (Snowball's list).
  const STOP_WORDS = new Set(words('aber alle allem allen aller alles als also am an ander andere anderem anderen anderer'
    + ' anderes anderm andern anderr anders auch auf aus bei bin bis bist da damit dann der den des'
    + ' dem die das daß derselbe derselben denselben desselben demselben dieselbe dieselben dasselbe'
    + ' dazu dein deine deinem deinen deiner deines denn derer dessen dich dir du dies diese diesem'
    + ' diesen dieser dieses doch dort durch ein eine einem einen einer eines einig einige einigem'
    + ' einigen einiger einiges einmal er ihn ihm es etwas euer eure eurem euren eurer eures für'
    + ' gegen gewesen hab habe haben hat hatte hatten hier hin hinter ich mich mir ihr ihre ihrem'
    + ' ihren ihrer ihres euch im in indem ins ist jede jedem jeden jeder jedes jene jenem jenen'
    + ' jener jenes jetzt kann kein keine keinem keinen keiner keines können könnte machen man'
    + ' manche manchem manchen mancher manches mein meine meinem meinen meiner meines mit muss'
    + ' musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine seinem seinen seiner'
    + ' seines selbst sich sie ihnen sind so solche solchem solchen solcher solches soll sollte'
    + ' sondern sonst über um und uns unse unsem unsen unser unses unter viel vom von vor während'
    + ' war waren warst was weg weil weiter welche welchem welchen welcher welches wenn werde werden'
    + ' wie wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen'));

  // GermanNormalizationFilter: ä ö ü to a o u, ß to ss, and the e of ae, oe, ue dropped (but not
  // after a vowel that is itself an umlaut's: "aue", "eue", "que" keep it). Its three states:
  // N ordinary, V after a vowel, U after a, o or a u that may carry an umlaut.
  function normalize(term) {
    let state = 'N';
    let out = '';
    for (const ch of term.split('')) {
      switch (ch) {
        case 'a': case 'o': out += ch; state = 'U'; break;
        case 'u': out += ch; state = state === 'N' ? 'U' : 'V'; break;
        case 'e': if (state !== 'U') out += ch; state = 'V'; break;
        case 'i': case 'q': case 'y': out += ch; state = 'V'; break;
        case 'ä': out += 'a'; state = 'V'; break;
        case 'ö': out += 'o'; state = 'V'; break;
        case 'ü': out += 'u'; state = 'V'; break;
        case 'ß': out += 'ss'; state = 'N'; break;
        default: out += ch; state = 'N';
      }
    }
    return out;
  }

  const ACCENTS = { ä: 'a', à: 'a', á: 'a', â: 'a', ö: 'o', ò: 'o', ó: 'o', ô: 'o', ï: 'i', ì: 'i', í: 'i', î: 'i',
    ü: 'u', ù: 'u', ú: 'u', û: 'u' };
  const stEnding = (ch) => 'bdfghklmnt'.includes(ch) && ch !== undefined;

  // Lucene's GermanLightStemmer (Savoy), on the term's UTF-16 units.
  function stem(term) {
    const s = term.split('').map((ch) => ACCENTS[ch] || ch);
    let len = s.length;
    // step 1
    if (len > 5 && s[len - 3] === 'e' && s[len - 2] === 'r' && s[len - 1] === 'n') len -= 3;
    else if (len > 4 && s[len - 2] === 'e' && 'mnrs'.includes(s[len - 1])) len -= 2;
    else if (len > 3 && s[len - 1] === 'e') len -= 1;
    else if (len > 3 && s[len - 1] === 's' && stEnding(s[len - 2])) len -= 1;
    // step 2
    if (len > 5 && s[len - 3] === 'e' && s[len - 2] === 's' && s[len - 1] === 't') len -= 3;
    else if (len > 4 && s[len - 2] === 'e' && (s[len - 1] === 'r' || s[len - 1] === 'n')) len -= 2;
    else if (len > 4 && s[len - 2] === 's' && s[len - 1] === 't' && stEnding(s[len - 3])) len -= 2;
    return s.slice(0, len).join('');
  }

  window.PlaybookAnalyzer.define('de', chain(each(lowerCase), without(STOP_WORDS), each(normalize), each(stem)));
})();
