package dev.playbook.testing;

import java.nio.file.Path;

/**
 * A small playbook in English with Spanish translations (and, for three languages, Arabic): a
 * standard translated with the same headings, one left untranslated, a limits page whose amounts
 * every language shows, and a home page. Written into a temp folder like {@link TestPlaybook}.
 */
public final class MultilingualPlaybook {

    public static final String EDIT_URL = "https://git.example/playbook/-/edit/main/playbook/{path}";

    private MultilingualPlaybook() {
    }

    /** English and Spanish. */
    public static TestPlaybook twoLanguages(Path root) {
        return pages(TestPlaybook.in(root).file("playbook.yml", config("2026.2", false)));
    }

    /** English, Spanish and Arabic (right to left). */
    public static TestPlaybook threeLanguages(Path root) {
        return arabic(pages(TestPlaybook.in(root).file("playbook.yml", config("2026.2", true))));
    }

    /**
     * The three languages with a page of every generated kind besides (a glossary, a course and
     * a story), and a guide with a table and a code block, translated into Arabic: what the
     * switcher and the right-to-left layout are tried on.
     */
    public static TestPlaybook everyKindOfPage(Path root) {
        return extras(threeLanguages(root));
    }

    /**
     * {@link #everyKindOfPage} with Hebrew besides (right to left like Arabic, another script):
     * the greeting standard and the guide with a table and code translated, the rest falling back.
     */
    public static TestPlaybook fourLanguages(Path root) {
        TestPlaybook playbook = everyKindOfPage(root).file("playbook.yml", config("2026.2", true) + """
                  he:
                    title: מדריך השירות
                """);
        return playbook.file("standards/greet.he.md", """
                ---
                title: קבלו כל לקוח בברכה
                summary: פתחו בברכה.
                ---
                ## איך

                אמרו שלום והביטו בלקוח.

                ## מתי

                תמיד, תוך עשר שניות.

                ## סמכות

                אין צורך באישור.
                """).file("guides/codes.he.md", """
                ---
                title: קודי החזר
                ---
                ## קודים

                | קוד | משמעות |
                |---|---|
                | R-100 | החזר מלא |
                | R-200 | החזר חלקי |

                ```
                refund --code R-100 --amount 25
                ```
                """);
    }

    /**
     * {@link #everyKindOfPage} over two releases in git: 2026.1 tagged {@code release/2026.1},
     * 2026.2 in the working tree with the greeting standard's English changed. Build it with
     * {@code --all-releases}.
     */
    public static GitPlaybook twoReleases(Path root) {
        GitPlaybook git = GitPlaybook.init(root, config("2026.1", true));
        extras(arabic(pages(git.playbook())));
        git.commit("Release 2026.1").tag("release/2026.1", true);
        git.file("playbook.yml", config("2026.2", true)).file("standards/greet.md", read(git.playbook(), "standards/greet.md")
                .replace("Always, within ten seconds.", "Always, within five seconds."));
        return git;
    }

    private static String read(TestPlaybook playbook, String path) {
        try {
            return java.nio.file.Files.readString(playbook.source().resolve(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TestPlaybook extras(TestPlaybook playbook) {
        return playbook
                .file("glossary.yml", """
                        terms:
                          - term: Goodwill credit
                            definition: Money given back when we let the customer down.
                            page: credits
                        """)
                .file("courses/first-day.yml", """
                        title: First day
                        summary: Where to start.
                        audience: [agent]
                        duration: 1 hour
                        modules:
                          - title: Basics
                            steps:
                              - page: greet
                              - page: greet#when
                                notes: Practise it.
                        """)
                .file("stories/parcel.md", """
                        ---
                        type: story
                        illustrates: [greet, listen]
                        ---
                        # The parcel that never came

                        We said hello, listened, and sent a new one the same day.
                        """)
                .file("guides/codes.md", """
                        ---
                        title: Refund codes
                        ---
                        ## Codes

                        | Code | Meaning |
                        |---|---|
                        | R-100 | Full refund |
                        | R-200 | Part refund |

                        ```
                        refund --code R-100 --amount 25
                        ```
                        """)
                .file("guides/codes.ar.md", """
                        ---
                        title: رموز الاسترداد
                        ---
                        ## الرموز

                        | الرمز | المعنى |
                        |---|---|
                        | R-100 | استرداد كامل |
                        | R-200 | استرداد جزئي |

                        ```
                        refund --code R-100 --amount 25
                        ```
                        """);
    }

    private static TestPlaybook arabic(TestPlaybook playbook) {
        return playbook.file("standards/greet.ar.md", """
                ---
                title: رحّب بكل عميل
                summary: ابدأ بالتحية.
                ---
                ## كيف

                قل مرحبًا وانظر إلى العميل.

                ## متى

                دائمًا، خلال عشر ثوانٍ.

                ## الصلاحية

                لا حاجة إلى موافقة.
                """);
    }

    /**
     * For search in each language (issue 18, part 4): English with Spanish, French, German,
     * Japanese, Polish (no stemmer: the generic analysis) and Turkish (generic too, listed with
     * nothing translated yet). A password standard is translated into all but Dutch, each in its own words: Spanish
     * plurals ("contraseñas"), the German "Kunden", Japanese katakana, a French word no other
     * language has ("réinitialisation"), Polish forms no stemmer joins ("haseł", "hasła"). Its
     * Spanish page is at {@code es/standards/passwords.html}, and so on.
     */
    public static TestPlaybook searchLanguages(Path root) {
        TestPlaybook playbook = pages(TestPlaybook.in(root).file("playbook.yml", config("2026.2", false) + """
                  fr:
                    title: Guide du service
                  de:
                    title: Servicehandbuch
                  ja:
                    title: サービスの手引き
                  pl:
                    title: Podręcznik obsługi
                  tr:
                    title: Hizmet el kitabı
                """));
        return playbook
                .file("standards/passwords.md", """
                        ---
                        title: Reset passwords
                        ---
                        ## Identity

                        Check the customer's identity before you reset a password.
                        """)
                .file("standards/passwords.es.md", """
                        ---
                        title: Restablecer contraseñas
                        ---
                        ## Identidad

                        Comprueba la identidad del cliente antes de restablecer las contraseñas.
                        """)
                .file("standards/passwords.fr.md", """
                        ---
                        title: Mots de passe
                        ---
                        ## Identité

                        Vérifiez l'identité du client avant toute réinitialisation.
                        """)
                .file("standards/passwords.de.md", """
                        ---
                        title: Passwörter zurücksetzen
                        ---
                        ## Identität

                        Prüfen Sie die Identität des Kunden, bevor Sie ein Passwort zurücksetzen.
                        """)
                .file("standards/passwords.ja.md", """
                        ---
                        title: パスワードの再設定
                        ---
                        ## 本人確認

                        お客様の本人確認をしてから、パスワードを再設定します。
                        """)
                .file("standards/passwords.pl.md", """
                        ---
                        title: Resetowanie haseł
                        ---
                        ## Tożsamość

                        Sprawdź tożsamość klienta przed zmianą hasła.
                        """);
    }

    private static String config(String release, boolean arabic) {
        return """
                title: Service Playbook
                release: "%s"
                release-date: %s
                language: en
                edit-url: %s
                roles:
                  - id: agent
                    title: Agent
                  - id: team-lead
                    title: Team lead
                languages:
                  es:
                    title: Manual de servicio
                    description: Cómo atendemos a cada cliente.
                    labels:
                      type.standard: Estándar
                      type.standard.plural: Estándares
                      role.agent: Agente
                      role.team-lead: Jefe de equipo
                """.formatted(release, release.equals("2026.1") ? "2026-04-01" : "2026-10-01", EDIT_URL) + (arabic ? """
                  ar:
                    title: دليل الخدمة
                """ : "");
    }

    private static TestPlaybook pages(TestPlaybook playbook) {
        return playbook
                .file("index.md", """
                        ---
                        title: Home
                        ---
                        Start with [greeting](standards/greet.md) and [listening](standards/listen.md), within the [limits](parameters/credits.md).
                        """)
                .file("index.es.md", """
                        ---
                        title: Inicio
                        ---
                        Empieza por el [saludo](standards/greet.md) y la [escucha](standards/listen.md), dentro de los [límites](parameters/credits.md).
                        """)
                .file("standards/greet.md", """
                        ---
                        title: Greet every customer
                        summary: Say hello first.
                        reviewed: 2026-05-04
                        ---
                        ## How

                        Say hello and look at the customer.

                        ## When

                        Always, within ten seconds.

                        ## Authority

                        No approval needed.
                        """)
                .file("standards/greet.es.md", """
                        ---
                        title: Saluda a cada cliente
                        summary: Saluda primero.
                        ---
                        ## Cómo

                        Di hola y mira al cliente.

                        ## Cuándo

                        Siempre, en diez segundos.

                        ## Autoridad

                        No hace falta aprobación.
                        """)
                .file("standards/listen.md", """
                        ---
                        title: Listen first
                        ---
                        ## How

                        Let the customer finish.

                        ## When

                        Every conversation.

                        ## Authority

                        None needed.
                        """)
                .file("parameters/credits.md", """
                        ---
                        title: Goodwill credits
                        limits:
                          - role: agent
                            extra: Goodwill credit
                            up-to: $1250.50
                          - role: team-lead
                            extra: Goodwill credit
                            up-to: 5000 USD
                        ---
                        Credits for a customer we let down.
                        """)
                .file("parameters/credits.es.md", """
                        ---
                        title: Créditos de cortesía
                        ---
                        Créditos para un cliente al que fallamos.
                        """);
    }
}
