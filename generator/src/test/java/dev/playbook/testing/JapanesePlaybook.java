package dev.playbook.testing;

import java.nio.file.Path;

/**
 * A small Japanese handbook, written as Japanese teams write one: no spaces between words,
 * kanji, hiragana and katakana mixed with Latin names and numbers. The refund page is the only one
 * with 返金 (kanji), the coupon page the only one with クーポン (katakana).
 */
public final class JapanesePlaybook {

    public static final String REFUND_TITLE = "返金の手続き";
    public static final String COUPON_TITLE = "クーポンの使い方";

    private JapanesePlaybook() {
    }

    public static TestPlaybook in(Path root) {
        return new TestPlaybook(root)
                .file("playbook.yml", "title: サービスハンドブック\nrelease: \"2026.2\"\nlanguage: ja\n")
                .file("index.md", "# ホーム\n\nお客様対応の基本をまとめたハンドブックです。\n")
                .file("guides/refunds.md", "---\ntitle: " + REFUND_TITLE + "\n---\n\n"
                        + "返金は3〜5営業日以内に完了します。レシートと注文番号を確認してください。\n\n"
                        + "## 確認すること {#check}\n\n注文番号（例：JP-1234）とお支払い方法を確認します。\n")
                .file("guides/coupons.md", "---\ntitle: " + COUPON_TITLE + "\n---\n\n"
                        + "クーポンコードはレジで入力します。有効期限は発行日から30日です。\n\n"
                        + "## 使えない場合 {#when-not}\n\n期限切れの場合は、新しいコードを発行できます。\n")
                .file("guides/phone.md", "---\ntitle: 電話対応\n---\n\n"
                        + "電話は三回鳴る前に出ます。お名前を確認し、ご用件をうかがいます。\n");
    }
}
