package dev.playbook.search;

import dev.playbook.testing.TestPlaybook;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Synthetic playbooks in languages search analyses generically: Japanese (the CJK bigrams; words
 * run together with no spaces, as Japanese is written) and Russian (the standard analysis), each
 * 60 pages of three to five sections written from a vocabulary of real words with Zipf's
 * frequencies, so common words fill many sections and multi-word queries need the full postings.
 */
final class WorldPlaybooks {

    /** A built-to-be playbook and the words it was written from, most frequent first. */
    record Corpus(TestPlaybook playbook, List<String> words, String joiner) { }

    private WorldPlaybooks() {
    }

    static Corpus japanese(Path root) {
        return write(root, "ja", JAPANESE, "", "。");
    }

    static Corpus russian(Path root) {
        return write(root, "ru", RUSSIAN, " ", ". ");
    }

    private static Corpus write(Path root, String language, String vocabulary, String joiner, String stop) {
        List<String> words = Arrays.asList(vocabulary.strip().split("\\s+"));
        Random random = new Random(5);
        double[] cumulative = new double[words.size()];
        double total = 0;
        for (int r = 0; r < words.size(); r++) {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }
        TestPlaybook playbook = new TestPlaybook(root)
                .file("playbook.yml", TestPlaybook.CONFIG.replace("language: en", "language: " + language));
        for (int p = 0; p < 60; p++) {
            StringBuilder page = new StringBuilder("---\ntitle: ").append(phrase(words, cumulative, total, random, 3, joiner))
                    .append("\ntype: guide\n---\n\n");
            for (int sentence = 0; sentence < 4; sentence++) {
                page.append(phrase(words, cumulative, total, random, 10, joiner)).append(stop);
            }
            page.append("\n");
            int sections = 3 + random.nextInt(3);
            for (int s = 0; s < sections; s++) {
                page.append("\n## ").append(phrase(words, cumulative, total, random, 2 + random.nextInt(2), joiner)).append(' ').append(s)
                        .append("\n\n");
                for (int sentence = 2 + random.nextInt(8); sentence > 0; sentence--) {
                    page.append(phrase(words, cumulative, total, random, 6 + random.nextInt(10), joiner)).append(stop);
                }
                page.append("\n");
            }
            playbook.file(String.format("guides/guide-%03d.md", p), page.toString());
        }
        return new Corpus(playbook, words, joiner);
    }

    private static String phrase(List<String> words, double[] cumulative, double total, Random random, int length, String joiner) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            text.append(i == 0 ? "" : joiner).append(words.get(Math.min(words.size() - 1, at < 0 ? -at - 1 : at)));
        }
        return text.toString();
    }

    // Customer-service words: kanji compounds, katakana loanwords, hiragana particles and endings,
    // a few Latin names and numbers, as they appear in Japanese handbooks.
    private static final String JAPANESE = """
            お客様 の は を に が で と 確認 返金 注文 商品 クーポン サポート 対応 電話 メール 担当者 連絡 番号
            します ください ます 手続き 支払い 配送 交換 返品 レシート 店舗 カード ポイント 期限 発行 受付 案内
            問い合わせ 状況 時間 営業日 以内 完了 場合 必要 方法 内容 説明 丁寧 笑顔 謝罪 お詫び トラブル 解決
            チーム リーダー マネージャー スタッフ 研修 マニュアル チェック リスト システム アカウント パスワード
            ログイン オンライン ショップ アプリ iPhone Android 2026年 3日 30分 100円 在庫 入荷 予約 キャンセル
            ギフト ラッピング プレゼント 誕生日 記念日 会員 特典 割引 セール キャンペーン 送料 無料 有料 到着
            遅延 破損 紛失 再送 追跡 宅配便 郵便 住所 氏名 生年月日 ご不便 おかけして 申し訳 ございません
            """;

    private static final String RUSSIAN = """
            клиент клиента клиенту возврат возврата денег заказ заказа номер товар товара доставка доставки
            поддержка поддержки звонок письмо сотрудник менеджер команда купон скидка скидки карта карты оплата
            чек магазин магазина срок сроки день дня дней рабочих неделя ответ вопрос проблема решение извинение
            вежливо быстро сегодня завтра всегда проверьте уточните сообщите предложите верните замените отправьте
            и в на с по для не что это как или но от до при без через после перед
            пароль аккаунт приложение сайт заявка статус подарок упаковка бонус баллы акция бесплатно платно
            повреждение потеря задержка адрес имя телефон почта Москва Санкт-Петербург 2026 100 30 ёлка Ёжик
            """;
}
