package dev.playbook.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The texts the parity test feeds to Lucene and to the browser: every distinct word of a corpus,
 * then every line of it as a phrase. Three corpora: the sample playbook as written, a synthetic
 * English text made of tokenizer and stemmer corner cases, and Spanish words for the light stemmer.
 */
final class ParityCorpus {

    private ParityCorpus() {
    }

    /** Every Markdown file of the playbook, front matter included, in path order. */
    static List<String> samplePlaybook(Path playbook) {
        try (Stream<Path> files = Files.walk(playbook)) {
            List<String> lines = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file));
            }
            return wordsThenLines(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the sample playbook " + playbook, e);
        }
    }

    /** Corner cases written out, Porter's suffixes on many stems, long tokens, and seeded random text. */
    static List<String> syntheticEnglish() {
        List<String> lines = new ArrayList<>(ENGLISH_CASES.lines().toList());
        lines.add(stopWords(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET));
        for (String stem : PORTER_STEMS.split(" ")) {
            StringBuilder line = new StringBuilder();
            for (String suffix : PORTER_SUFFIXES.split(" ")) {
                line.append(stem).append(suffix).append(' ');
            }
            lines.add(line.toString().strip());
        }
        lines.addAll(longTokens());
        lines.addAll(randomText(new Random(29), 3000));
        return wordsThenLines(lines);
    }

    /** Real Spanish words for every rule of the light stemmer, the stop words, and Spanish sentences. */
    static List<String> spanishWords() {
        List<String> lines = new ArrayList<>(SPANISH.lines().toList());
        lines.add(stopWords(SpanishAnalyzer.getDefaultStopSet()));
        return wordsThenLines(lines);
    }

    // Each stop word as it is, capitalised and in capitals, sorted, on one line.
    private static String stopWords(CharArraySet set) {
        TreeSet<String> words = new TreeSet<>();
        for (Object word : set) {
            String text = new String((char[]) word);
            words.addAll(List.of(text, Character.toUpperCase(text.charAt(0)) + text.substring(1), text.toUpperCase(Locale.ROOT)));
        }
        return String.join(" ", words);
    }

    static List<String> wordsThenLines(List<String> lines) {
        LinkedHashSet<String> texts = new LinkedHashSet<>();
        for (String line : lines) {
            for (String word : line.split("\\s+")) {
                if (!word.isEmpty()) {
                    texts.add(word);
                }
            }
        }
        lines.stream().filter(line -> !line.isBlank()).forEach(texts::add);
        return List.copyOf(texts);
    }

    // Around the 255-char cut: words, numbers, surrogate pairs and mid-word punctuation at the edge.
    private static List<String> longTokens() {
        List<String> tokens = new ArrayList<>();
        for (int length : new int[] {254, 255, 256, 300, 510, 511, 600}) {
            tokens.add("a".repeat(length));
            tokens.add("7".repeat(length));
            tokens.add("x".repeat(length - 1) + "'s");
            tokens.add("x".repeat(length - 2) + "😀y");
            tokens.add("b.".repeat(length / 2));
            tokens.add("ab_".repeat(length / 3) + "end");
        }
        tokens.add("😀".repeat(200));
        tokens.add("👍🏻".repeat(100));
        tokens.add("中".repeat(300));
        tokens.add("カ".repeat(300));
        tokens.add("ภาษา".repeat(80));
        tokens.add("e\u0301".repeat(200));
        return tokens;
    }

    // Pieces that meet at word boundaries in every combination: letters, digits, each kind of
    // mid-word punctuation, joiners, marks, emoji parts, scripts that break differently.
    private static final List<String> PIECES = List.of(
            "a", "B", "é", "ß", "İ", "Σ", "1", "٣", "_", "'", "\"", ".", ",", ":", ";", "’", "-", " ", "@", "/",
            "$", "%", "#", "*", "\u0301", "\u200D", "\uFE0F", "\uFE0E", "\u20E3", "\u00AD", "\u200B", "\u202F",
            "😀", "👍", "🏻", "🇺", "🇸", "©", "Ⓜ", "ב", "ג", "״", "カ", "ー", "中", "ひ", "ภ", "\u0E31", "한",
            "🏴", "\uDB40\uDC67", "\uDB40\uDC7F", "s", "S", "x", "ing", "ed", "'s", "’S");

    private static List<String> randomText(Random random, int count) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    private static final String PORTER_STEMS = "b cat hop fil troubl relat sensibl y pony agre fe conflat siz"
            + " tann fall hiss fizz fail generaliz formal hope ration sky condition"
            + " digit vietnam oper feud decis call sensitiv electr allow infer airlin gyroscop adjust"
            + " defens irrit replac depend adopt homolog commun activ angular effect bowdler prob r ceas"
            + " controll roll oscill happ";

    private static final String PORTER_SUFFIXES = "s sses ies ss eed ed ing at bl iz y ational tional enci anci"
            + " izer bli alli entli eli ousli ization ation ator alism iveness fulness ousness aliti iviti"
            + " biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement"
            + " ment ent ion sion tion ou ism ate iti ous ive ize e ll l ly ings ations izers fulnesses";

    private static final String ENGLISH_CASES = """
            The customer's refund and the customers' refunds were processed.
            Customers’ refunds: the customer’s card, O’Brien’s team, rock ’n’ roll, 'quoted words'.
            CUSTOMER'S CUSTOMERS' Customer’S it's it’s it＇s 's s' ''s.
            Don't, won't, can't, it's, we're, they've, I'd, y'all, ma'am, o'clock, rock'n'roll, O'Brien.
            Prices: 25.00, $25, €25,00, 1,000, 1.000.000, 3.5%, -42, +1, 10:30, 9am, 2nd, v2.0.1, 2024-01-15, 15/01/2024.
            Phone 555-0100, extension #42, ticket #A-1234, order no. 12345-X, 1st place, 1'000'000.
            Well-known, state-of-the-art, e-mail, re-open, co-operate, follow-up, end-to-end — dash – and − minus.
            U.S.A., U.K., e.g., i.e., etc., a.m., p.m., Ph.D., St. Louis, A.B.C.D.E.F.
            Mail help@example.com or first.last+tag@sub.example.co.uk today.
            Visit https://www.example.com/help?topic=refunds&lang=en#step-2 or http://example.org:8080/a/b.html.
            Mixed case: iPhone, eBay, McDonald, ABCs, CamelCaseWord, snake_case_word, __init__, _private, trailing_, ___.
            Unicode letters: café, naïve, Zürich, Ångström, façade, jalapeño, São Paulo, Łódź, Straße, Æsir.
            Greek and Turkish case: ΟΔΟΣ ΣΊΣΥΦΟΣ σίσυφος İstanbul ISTANBUL ǅemal ǈ Ǳ ﬁnance ﬀ.
            Combining marks: cafe\u0301 nai\u0308ve e\u0301\u0301 \u0301alone.
            Emoji: 😀 👍🏻 👨‍👩‍👧 🇺🇸🇬🇧 🇺 1️⃣ #️⃣ *⃣ ❤️ ☺︎ ©2024 ®™ ✓ ★ done👍 x😀y 🏴\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F.
            CJK: 中文字符 日本語のテキスト カタカナー ひらがな 한국어 텍스트 々 〻 ㄅㄆ.
            South-east Asian: ภาษาไทย ຂໍ້ຄວາມ မြန်မာ ភាសាខ្មែរ ๑๒๓ ฿100.
            Hebrew and Arabic: שלום עולם, צה"ל, ג'ירפה, מ״ב, مرحبا بالعالم ١٢٣ ٣٫٥ ١٬٠٠٠.
            Numbers mixed: abc123, 123abc, 1.5x, x1.5, 3.14.15, 1,2,3, 1;2, a.b.c, a:b, a_b_1, ١٢٣abc.
            Symbols: 100% (approx.) [bracketed] {braced} <angle> "double" «guillemets» „low“ ‘single’ …ellipsis… ·middle·dot.
            Spaces and invisibles: tab\there non\u00A0breaking narrow\u202Fspace soft\u00ADhyphen zero\u200Bwidth joiner\u200Dword bom\uFEFFword.
            Fullwidth: ＡＢＣ １２３ ｔｅｓｔ，ｔｅｓｔ．
            Porter quirks: caresses ponies ties caress cats feed agreed disabled matting mating meeting milling messing meetings.
            Porter quirks: happy sky relational conditional rational valenci hesitanci digitizer conformabli radicalli.
            Porter quirks: differentli vileli analogousli vietnamization predication operator feudalism decisiveness.
            Porter quirks: hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize.
            Porter quirks: electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic.
            Porter quirks: adjustable defensible irritant replacement adjustment dependent adoption homologou.
            Porter quirks: communism activate angulariti homologous effective bowdlerize probate rate cease.
            Porter quirks: controll roll generalizations oscillators ion ions sion tion aed eed oed ies yes lying dying.
            Short words: a I be by is it of on or an as at to go no so we me my he us am do up if in.
            """;

    private static final String SPANISH = """
            producto productos cliente clientes pedido pedidos factura facturas tarjeta tarjetas cuenta cuentas
            mensaje mensajes llamada llamadas correo correos problema problemas servicio servicios paquete paquetes
            entrega entregas envío envíos devolución devoluciones reembolso reembolsos garantía garantías
            precio precios descuento descuentos oferta ofertas compra compras tienda tiendas empresa empresas
            equipo equipos agente agentes soporte ayuda respuesta respuestas pregunta preguntas queja quejas
            reclamo reclamos solución soluciones consulta consultas atención horario horarios semana semanas
            mañana tarde noche número números teléfono teléfonos dirección direcciones ciudad ciudades país países
            calle calles casa casas mesa mesas libro libros perro perros gato gatos niño niños niña niñas
            amigo amigos amiga amigas hermano hermanos hermana hermanas nombre nombres hombre hombres mujer mujeres
            persona personas gente flor flores color colores papel papeles árbol árboles canción canciones razón razones
            grande grandes pequeño pequeños pequeña rápido rápida rápidos lento lenta bueno buena buenos malo mala
            nuevo nueva nuevos viejo vieja largo larga corto corta alto alta bajo baja claro clara oscuro oscura
            fácil fáciles difícil difíciles importante importantes urgente urgentes amable amables paciente pacientes
            contento contenta enojado enojada molesto molesta satisfecho satisfecha dañado dañada roto rota
            mes meses inglés ingleses francés franceses interés intereses japonés japoneses portugués portugueses
            holandés holandeses escocés escoceses revés reveses estrés estreses país países
            luz luces pez peces vez veces voz voces cruz cruces nuez nueces raíz raíces lápiz lápices feliz felices
            actriz actrices nariz narices capaz capaces eficaz eficaces audaz audaces disfraz disfraces matiz matices
            índice índices precoz precoces atroz atroces veloz veloces feroz feroces vocecita
            está también rápidamente fácilmente claramente pingüino pingüinos vergüenza cigüeña güero acción corazón
            jamás después además aquí allí así ángel ángeles ídolo ídolos último última única único ópera éxito útil
            àrea èxit ìdem òpera ùltim âme être île hôtel sûre ärger österreich über ëlla ïdea
            comprar compramos compraron comprando comprado compraba comprabas compraste
            devolver devolvemos devuelto devuelta enviar enviamos envió enviaron enviado enviada
            recibir recibimos recibido recibida llamar llamamos llamé llamó pagar pagamos pagué pagó
            cancelar cancelamos canceló cancelado cambiar cambiamos cambió ayudar ayudamos ayudó
            resolver resolvemos resolvió resuelto escribir escribimos escribió escrito contestar contestamos
            esperar esperamos esperando necesitar necesitamos necesita necesitan quiero quieres quiere queremos quieren
            puedo puedes puede podemos pueden hablar hablamos habló hablaron sentir sentimos lamentamos
            agradecer agradecemos gracias disculpe disculpas perdón perdone revisar revisamos revisando
            sol mar paz pez voz luz cruz vez tos mes gas bus tú él sí más café menú sofá bebé mamá papá
            cosa taza vaso pan leche agua año años señor señora señores señoras mañanas español españoles
            compañía compañías montaña montañas cabaña sueño sueños diseño diseños dueño dueños
            ESPAÑA MÉXICO ÁNGEL NIÑOS ÁRBOLES CANCIÓN LUCES Ñandú
            Hola, ¿en qué podemos ayudarle hoy?
            Lamentamos las molestias: su pedido llegará el próximo lunes.
            El reembolso de 25,00 € se procesará en 3–5 días hábiles.
            ¿Podría confirmar su número de teléfono y su dirección de correo electrónico?
            Gracias por su paciencia; estamos revisando su caso con el equipo de soporte.
            Las devoluciones son gratuitas durante treinta días desde la entrega.
            Si el producto llegó dañado, envíenos una foto y le enviaremos otro.
            Nuestro horario de atención es de lunes a viernes, de 9:00 a 18:00.
            Le enviaremos un correo con las instrucciones para cambiar su contraseña.
            Los clientes franceses e ingleses pagaron con tarjetas internacionales.
            ¡Muchas gracias y que tenga un buen día!
            """;
}
