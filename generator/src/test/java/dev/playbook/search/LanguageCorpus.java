package dev.playbook.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts in many languages and scripts for the generic analyses (and the stemming ones, which must
 * not trip over them either): customer-service sentences as people write them, then the corner
 * cases of each script, then seeded random strings of CJK pieces.
 */
final class LanguageCorpus {

    private LanguageCorpus() {
    }

    /** Every word, then every line, of real text in many languages. */
    /** The sentence of {@link #manyLanguages} in one language that has no stemming analysis (pl, tr, ru...). */
    static String line(String language) {
        String opening = OPENINGS.get(language);
        if (opening == null) {
            throw new IllegalArgumentException("no sentence in " + language);
        }
        return TEXT.lines().filter(l -> l.startsWith(opening)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no line starts with " + opening));
    }

    private static final java.util.Map<String, String> OPENINGS = java.util.Map.of("pl", "Zwrot pieniędzy", "tr", "İade işlemi",
            "fi", "Palautus kestää", "ru", "Возврат денег", "el", "Η επιστροφή", "vi", "Hoàn tiền", "hi", "धनवापसी",
            "ar", "سيتم رد", "he", "ההחזר יבוצע", "th", "การคืนเงิน");

    static List<String> manyLanguages() {
        return ParityCorpus.wordsThenLines(new ArrayList<>(TEXT.lines().toList()));
    }

    /** Seeded random strings of the pieces CJK text is made of, and of what interrupts it. */
    static List<String> randomCjk() {
        Random random = new Random(41);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(10);
            for (int p = 0; p < pieces; p++) {
                text.append(CJK_PIECES.get(random.nextInt(CJK_PIECES.size())));
            }
            texts.add(text.toString());
        }
        texts.add("カ".repeat(300));
        texts.add("ｶﾞ".repeat(200));
        texts.add("한".repeat(300));
        texts.add("中".repeat(300) + "文");
        return texts;
    }

    // Kana of both widths with their voiced marks (joined and loose), small and iteration kana,
    // prolonged sound marks, ideographs inside and outside the BMP, hangul syllables, jamo and
    // tone marks, full-width Latin and digits, and what breaks a run: spaces, punctuation, Latin,
    // digits, emoji, joiners and marks.
    private static final List<String> CJK_PIECES = List.of(
            "カ", "ガ", "ｶ", "ﾊ", "ｳ", "ﾜ", "ｦ", "ﾞ", "ﾟ", "ｰ", "･", "ー", "ヽ", "ヾ", "ァ", "ㇰ", "ヷ", "ヴ", "\u3099", "\u309A",
            "ひ", "が", "ゝ", "ゞ", "ゟ", "の", "中", "文", "々", "〇", "〆", "𠀋", "𪚲", "⺀", "㐀", "한", "국", "ᄀ", "ᅡ", "ㄱ",
            "\u302E", "ﾡ", "Ａ", "ｚ", "１", "！", "＿", "_", "'", ".", ",", "・", "、", "。", "「", "」", " ", "a", "B", "1",
            "😀", "\u200D", "\uFE0F", "\u0301", "\u00AD", "\u200B", "ภ", "é", "İ");

    private static final String TEXT = """
            ご注文の商品が届かない場合は、カスタマーサポートまでご連絡ください。
            返金手続きは3〜5営業日以内に完了します。クーポンコードはSPRING2026です。
            お客様のiPhoneケースは、明日までに発送いたします（追跡番号：JP1234567890）。
            ｶｽﾀﾏｰｻｰﾋﾞｽ ﾊﾟｽﾜｰﾄﾞ ｶﾞｲﾄﾞ ＡＢＣ１２３ ｔｅｓｔ，ｔｅｓｔ． 〒100-0001 東京都千代田区
            ありがとうございます。またのご利用をお待ちしております😊
            退款将在三到五个工作日内完成。请保留您的收据和订单号。
            我們的客服團隊每天早上九點到晚上六點為您服務。
            如需退货，请联系客服：support@example.cn 或拨打 400-123-4567。
            환불은 영업일 기준 3~5일 이내에 처리됩니다. 고객센터로 문의해 주세요.
            주문번호 A-1234를 확인했습니다. 한국어abc 텍스트123 감사합니다!
            سيتم رد المبلغ خلال ثلاثة إلى خمسة أيام عمل. شكراً لتواصلكم معنا.
            رقم الطلب ١٢٣٤٥ بتاريخ ٢٠٢٦/٠١/١٥، والمبلغ ٣٫٥٠ دينار أو ١٬٠٠٠ ريال.
            ההחזר יבוצע תוך שלושה עד חמישה ימי עסקים. צה"ל, ג'ירפה, מ״ב, תודה רבה!
            Возврат денег занимает от трёх до пяти рабочих дней. Спасибо за обращение!
            ЁЛКА ёлка Ёжик, счёт №42 от 15.01.2026 на сумму 1 000,50 ₽.
            Η επιστροφή χρημάτων ολοκληρώνεται σε τρεις έως πέντε εργάσιμες ημέρες. ΟΔΟΣ ΣΊΣΥΦΟΣ σίσυφος.
            การคืนเงินจะเสร็จสิ้นภายในสามถึงห้าวันทำการ ขอบคุณที่ติดต่อเรา ๑๒๓ ฿100
            धनवापसी तीन से पाँच कार्य दिवसों में पूरी हो जाएगी। धन्यवाद! ग्राहक सेवा १२३४
            İade işlemi üç ila beş iş günü içinde tamamlanır. İSTANBUL istanbul Iğdır ıslak DİYARBAKIR.
            Die Rückerstattung dauert drei bis fünf Werktage. Straße STRASSE Maßnahme Grüße, Ärger über Öl.
            Le remboursement prend trois à cinq jours ouvrés. L'équipe d'aujourd'hui, c'est-à-dire «merci».
            O reembolso leva de três a cinco dias úteis. Atenção: não há cobrança. São Paulo, ação, pão.
            Hoàn tiền trong vòng ba đến năm ngày làm việc. Cảm ơn quý khách đã liên hệ với chúng tôi.
            Palautus kestää kolmesta viiteen arkipäivää. Kiitos yhteydenotostasi! Hääyö, öljyä.
            Zwrot pieniędzy trwa od trzech do pięciu dni roboczych. Łódź, źdźbło, ŻÓŁĆ.
            Numbers: 1,000.50 1.000,50 3.14 -42 +1 10:30 2026-01-15 15/01/2026 15.01.2026 v2.0.1 50% #42 №7.
            Mail help@example.com, visit https://www.example.com/help?topic=refunds&lang=ja#step-2 today.
            Apostrophes and hyphens: don't O'Brien’s rock'n'roll well-known e-mail follow-up — dash – minus −.
            Emoji: 😀 👍🏻 👨‍👩‍👧 🇯🇵🇰🇷 1️⃣ ❤️ ©2026 返金👍 カ😀ナ 한😀국.
            Mixed: 東京Tower ソニーのPlayStation5 iPhone15を購入 ｇｏｏｇｌｅで検索 Ｗｉ－Ｆｉ 第3四半期 2026年1月15日
            Marks and joiners: カ\u3099 か\u3099 ｶ\u3099 한\u302E국 中\u200D文 日\u00AD本 ひ\u0301ら
            """;
}
