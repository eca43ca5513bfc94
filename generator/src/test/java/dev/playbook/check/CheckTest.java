package dev.playbook.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playbook.testing.TestPlaybook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code playbook check} on small playbooks, each with one kind of mistake: the finding's exact
 * place, its words, and the exit code.
 */
class CheckTest {

    static final String ROLES = """
            title: Test Playbook
            release: "2026.2"
            roles:
              - id: agent
                title: Contact-centre agent
              - id: team-lead
                title: Team lead
            """;

    static final String STANDARD = """
            ---
            title: Own the problem
            type: standard
            ---
            ## How
            Do it.
            ## When
            Always.
            ## Authority
            Some.
            """;

    @TempDir
    Path dir;

    /** A playbook with no findings, that each test then breaks in one way. */
    private TestPlaybook clean() {
        return TestPlaybook.in(dir).file("playbook.yml", ROLES)
                .file("vision.md", "---\ntitle: Vision\ntype: vision\n---\nWhy.\n")
                .file("standards/own-the-problem.md", STANDARD)
                .file("stories/parcel.md", """
                        ---
                        title: The parcel
                        type: story
                        illustrates: [own-the-problem]
                        context:
                          channel: phone
                          situation: A parcel was lost.
                        outcome: Resent the same day.
                        ---
                        See [[own-the-problem]] and [[own-the-problem#how|how to own it]].
                        """)
                .file("parameters/credits.md", """
                        ---
                        title: Goodwill credits
                        type: parameter
                        limits:
                          - role: agent
                            extra: Goodwill credit
                            up-to: 25 USD
                            approval: team-lead
                          - role: team-lead
                            extra: Goodwill credit
                            up-to: 75 USD
                            approval: team-lead
                        ---
                        Why these limits.
                        """);
    }

    private static void assertFinding(TestPlaybook.Result result, int exit, String expected) {
        assertEquals(exit, result.exitCode(), result::toString);
        assertTrue(result.err().contains(expected), () -> "expected <" + expected + "> in\n" + result);
    }

    @Test
    void cleanPlaybookHasNoFindings() {
        var result = clean().check();
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals("0 error(s), 0 warning(s)\n", result.err());
    }

    @Test
    void brokenLinkFixture() {
        var result = clean().file("stories/parcel.md", "---\ntitle: P\ntype: story\nillustrates: [own-the-problem]\n---\n"
                + "Read [the standard](../standards/own-the-problm.md).\n").check();
        assertFinding(result, 1, "playbook/stories/parcel.md:6:21: error: broken link: nothing at \"standards/own-the-problm.md\""
                + " (did you mean \"standards/own-the-problem.md\"?)");
    }

    @Test
    void brokenLinksCanBeLoweredToWarnings() {
        TestPlaybook site = clean().file("playbook.yml", ROLES + "checks:\n  links: warning\n")
                .file("guide.md", "# Guide\n\n[gone](nowhere.md) and [[no-such-id]] and [x](standards/own-the-problem.md#nope)\n");
        var result = site.check();
        assertFinding(result, 0, "playbook/guide.md:3:8: warning: broken link: nothing at \"nowhere.md\"");
        assertTrue(result.err().contains("playbook/guide.md:3:24: warning: unknown id \"no-such-id\" in [[...]]"), result::toString);
        assertTrue(result.err().contains("playbook/guide.md:3:47: warning: missing anchor:"), result::toString);
        assertEquals(1, site.check("--strict").exitCode(), "--strict fails on warnings");
    }

    @Test
    void badSchemaFixture() {
        var result = clean().file("stories/parcel.md", """
                ---
                title: The parcel
                type: story
                illustrates: own-the-problem
                context: on the phone
                outcom: Resent.
                weight: first
                ---
                Text.
                """).check();
        assertFinding(result, 1, "playbook/stories/parcel.md:5:10: error: \"context\" must be a mapping with channel and situation");
        assertFinding(result, 1, "playbook/stories/parcel.md:6:1: warning: unknown field \"outcom\" for a story page (did you mean \"outcome\"?); it is ignored");
        assertFinding(result, 1, "playbook/stories/parcel.md:7:9: error: \"weight\" must be a whole number, found \"first\"");
    }

    @Test
    void fieldOfAnotherTypeIsNamed() {
        var result = clean().file("standards/own-the-problem.md", STANDARD.replace("type: standard", "type: standard\nillustrates: [x]")).check();
        assertFinding(result, 0, "playbook/standards/own-the-problem.md:4:1: warning: unknown field \"illustrates\" for a standard page (it belongs on story pages)");
    }

    @Test
    void duplicateIdFixture() {
        // Only ids written as "id:" can clash: a default id that another page has becomes path-based.
        var result = clean().file("guides/parcel.md", "---\nid: lost\ntitle: Also parcel\n---\n")
                .file("guides/parcel-again.md", "---\nid: lost\ntitle: Parcel again\n---\n").check();
        assertFinding(result, 1, "playbook/guides/parcel.md:2:5: error: id \"lost\" is already used by ");
    }

    @Test
    void unknownIdsInIllustratesAndRelated() {
        var result = clean().file("stories/parcel.md", "---\ntitle: P\ntype: story\nillustrates: [own-the-problm, vision]\n"
                + "related:\n  - nowhere\n---\n").check();
        assertFinding(result, 1, "playbook/stories/parcel.md:4:15: error: unknown id \"own-the-problm\" in illustrates (did you mean \"own-the-problem\"?)");
        assertFinding(result, 1, "playbook/stories/parcel.md:4:31: error: \"vision\" in illustrates is a vision page; stories illustrate standards");
        assertFinding(result, 1, "playbook/stories/parcel.md:6:5: error: unknown id \"nowhere\" in related");
    }

    @Test
    void conflictingLimitFixture() {
        var result = clean().file("parameters/more.md", """
                ---
                title: More credits
                type: parameter
                limits:
                  - role: agent
                    extra: goodwill credit
                    up-to: $50
                    approval: team-lead
                ---
                """).check();
        assertFinding(result, 1, "playbook/parameters/more.md:5:5: error: conflicting limit: agent may give \"goodwill credit\" up to $50 here"
                + " but up to 25 USD at ");
        assertFinding(result, 1, "playbook/parameters/credits.md:5; keep one, or give them different effective dates");
    }

    @Test
    void limitsThatFollowEachOtherInTimeDoNotConflict() {
        var result = clean().file("parameters/more.md", """
                ---
                title: Next year
                type: parameter
                limits:
                  - role: agent
                    extra: Goodwill credit
                    up-to: 50 USD
                    approval: team-lead
                    effective: 2099-01-01
                ---
                """).file("parameters/credits.md", """
                ---
                title: Goodwill credits
                type: parameter
                limits:
                  - role: agent
                    extra: Goodwill credit
                    up-to: 25 USD
                    approval: team-lead
                    until: 2098-12-31
                ---
                """).check("--date", "2026-11-23");
        assertEquals(0, result.exitCode(), result::toString);
        assertFalse(result.err().contains("conflicting"), result::toString);
    }

    @Test
    void limitMistakes() {
        var result = clean().file("parameters/credits.md", """
                ---
                title: Goodwill credits
                type: parameter
                limits:
                  - role: agnet
                    extra: Goodwill credit
                    up-to: a lot
                  - role: team-lead
                    extra: Free upgrade
                    up-to: 1 per order
                ---
                """).check();
        assertFinding(result, 1, "playbook/parameters/credits.md:5:11: error: unknown role \"agnet\" (did you mean \"agent\"?)");
        assertFinding(result, 1, "playbook/parameters/credits.md:7:12: error: \"up-to\" must be an amount such as \"25 USD\"");
        assertFinding(result, 1, "playbook/parameters/credits.md:8:5: warning: the limit for team-lead on \"Free upgrade\" has no approval path");
    }

    @Test
    void serviceInitiativeChecklist() {
        var result = clean().delete("vision.md")
                .file("standards/keep-promises.md", "---\ntitle: Keep promises\ntype: standard\n---\n## How\nSay when.\n")
                .check();
        assertFinding(result, 0, "playbook/playbook.yml:1:1: warning: the playbook has no vision page");
        assertFinding(result, 0, "playbook/standards/keep-promises.md:2:1: warning: this standard has no \"When\", \"Authority\" section");
        assertFinding(result, 0, "playbook/standards/keep-promises.md:2:1: warning: no story illustrates this standard");
    }

    @Test
    void pagesOnlyTheSidebarLeadsToAreUnreachable() {
        var result = clean().file("index.md", "# Home\n\n[[vision]], [[own-the-problem]], [[credits]]\n")
                .file("guides/lonely.md", "---\ntitle: Lonely\n---\nNobody links here.\n")
                .check();
        assertFinding(result, 0, "playbook/guides/lonely.md:2:1: warning: unreachable: no page links here");
        assertFalse(result.err().contains("parcel.md:2:1: warning: unreachable"), "stories are reached from the standards they illustrate");
    }

    @Test
    void standardSectionNamesAreConfigurable() {
        var result = clean().file("playbook.yml", ROLES + "checks:\n  standard-sections: [How, Why]\n").check();
        assertFinding(result, 0, "playbook/standards/own-the-problem.md:2:1: warning: this standard has no \"Why\" section");
    }

    @Test
    void reviewAndEffectiveDates() {
        TestPlaybook site = clean().file("playbook.yml", ROLES + "review-interval-days: 180\n")
                .file("standards/own-the-problem.md", STANDARD.replace("type: standard",
                        "type: standard\nreviewed: 2026-01-10\nuntil: 2026-06-30"));
        var result = site.check("--date", "2026-11-23");
        assertFinding(result, 0, "playbook/standards/own-the-problem.md:4:11: warning: review overdue: last reviewed 2026-01-10, more than 180 days ago");
        assertFinding(result, 0, "playbook/standards/own-the-problem.md:5:8: warning: expired on 2026-06-30");
        var earlier = site.check("--date", "2026-03-01");
        assertEquals("0 error(s), 0 warning(s)\n", earlier.err(), "the same playbook judged on an earlier day");
        var badDate = clean().file("vision.md", "---\ntitle: V\ntype: vision\nreviewed: last week\n---\n").check();
        assertFinding(badDate, 1, "playbook/vision.md:4:11: error: \"reviewed\" must be a date written YYYY-MM-DD, found \"last week\"");
    }

    @Test
    void jsonAndGithubFormats() throws Exception {
        TestPlaybook site = clean().file("guide.md", "# G\n\n[gone](nowhere.md)\n");
        var json = site.check("--format", "json");
        assertEquals(1, json.exitCode());
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertEquals(1, root.get("errors").asInt());
        JsonNode first = root.get("problems").get(0);
        assertTrue(first.get("file").asText().endsWith("playbook/guide.md"));
        assertEquals(3, first.get("line").asInt());
        assertEquals(8, first.get("column").asInt());
        assertEquals("error", first.get("severity").asText());
        var github = site.check("--format", "github");
        assertTrue(github.out().matches("(?s)::error file=[^,]*playbook/guide.md,line=3,col=8::broken link: nothing at \"nowhere.md\"\n"), github::toString);
        assertEquals(2, site.check("--format", "xml").exitCode());
    }

    @Test
    void findingsAreDeterministic() {
        TestPlaybook site = clean().file("a.md", "[x](b.md) [y](c.md)\n").file("z.md", "[[nope]]\n");
        assertEquals(site.check().err(), site.check().err());
    }

    @Test
    void typesAndRolesCanBeRenamedAndAdded() {
        var result = clean().file("playbook.yml", ROLES + """
                types:
                  - id: vision
                  - id: standard
                    title: Service standard
                    plural: Service standards
                  - id: parameter
                  - id: story
                  - id: policy
                    base: guide
                    folder: policies
                  - id: guide
                """).file("policies/refunds.md", "# Refunds\n").check();
        assertEquals(0, result.exitCode(), result::toString);
        var wrong = clean().file("playbook.yml", ROLES + "types:\n  - id: policy\n    base: guid\n  - id: guide\n").check();
        assertFinding(wrong, 1, "playbook/playbook.yml:" );
        assertTrue(wrong.err().contains("base \"guid\" (did you mean \"guide\"?) must be one of"), wrong::toString);
    }
}
