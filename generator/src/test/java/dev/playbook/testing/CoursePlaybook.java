package dev.playbook.testing;

import java.nio.file.Path;

/**
 * A small playbook with a course and a glossary, the one the course, glossary and browser tests
 * share: a vision, two standards, a parameter page with limits, two stories, a course of three
 * modules and five steps (one of them the authority matrix, one a section) and three terms.
 */
public final class CoursePlaybook {

    public static final String CONFIG = """
            title: Test Playbook
            release: "2026.1"
            release-date: 2026-03-01
            language: en
            roles:
              - id: associate
                title: Store associate
              - id: team-lead
                title: Team lead
            """;

    public static final String COURSE = """
            title: First week
            summary: What every new associate reads in their first week.
            audience: [associate]
            duration: 2 hours
            modules:
              - title: Why
                steps:
                  - page: vision
                    notes: Ask for a story of their own.
                    questions:
                      - What does the extra mile mean here?
              - title: How
                summary: The standards.
                steps:
                  - page: greet
                  - page: recover#how
                    title: How to recover
                    questions: ["What comes first?"]
              - title: Limits
                steps:
                  - page: authority
                  - page: parcel
            """;

    public static final String GLOSSARY = """
            terms:
              - term: Goodwill credit
                definition: Money given back because we let the customer down.
                synonyms: [courtesy credit]
                page: credits
              - term: Warm hand-off
                definition: Passing a customer on without making them repeat themselves.
                page: greet#how
              - term: Trail Club
                definition: Our membership programme.
            """;

    private CoursePlaybook() {
    }

    /** The playbook in {@code root}; nothing built yet. */
    public static TestPlaybook create(Path root) {
        return TestPlaybook.in(root).file("playbook.yml", CONFIG)
                .file("index.md", "# Home\n\nWelcome. Start with the [[vision]].\n")
                .file("vision.md", "---\ntitle: Our vision\ntype: vision\n---\nWe go the extra mile for every Trail Club"
                        + " member and every other customer.\n\n## Principles\n\nOwn it.\n")
                .file("standards/greet.md", "---\ntitle: Greet customers\n---\n## How\n\nSmile, say hello, and make a warm"
                        + " hand-off when someone else must help. A warm hand-off is never cold.\n\n## When\n\nAlways.\n")
                .file("standards/recover.md", "---\ntitle: Recover from mistakes\n---\nIntro text.\n\n## How\n\nApologise,"
                        + " fix it, and offer a goodwill credit when it is warranted. See [Greet](greet.md#when).\n\n### Small mistakes\n\n"
                        + "Fix them at once.\n\n## When\n\nWhen we got it wrong.\n")
                .file("parameters/credits.md", "---\ntitle: Goodwill credits\ntype: parameter\nlimits:\n  - role: associate\n"
                        + "    extra: Goodwill credit\n    up-to: $25\n    approval: team-lead\n    conditions: Trail Club"
                        + " members only; once a month.\n---\nA goodwill credit makes up for a bad day.\n")
                .file("stories/parcel.md", "---\ntitle: The parcel\ntype: story\nillustrates: [recover]\n---\nIt came late;"
                        + " we gave a courtesy credit and a warm hand-off to the courier team.\n")
                .file("courses/first-week.yml", COURSE)
                .file("glossary.yml", GLOSSARY);
    }
}
