package dev.playbook.safety;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy every page sends, its variants, and the documentation that hosts copy it from. */
class ContentSecurityPolicyTest {

    private static final String SITE = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; media-src 'self'; manifest-src 'self'; frame-src 'none'; "
            + "object-src 'none'; form-action 'self'; base-uri 'none'";

    @Test
    void theSitePolicyAllowsOnlyTheSiteItself() {
        assertEquals(SITE, ContentSecurityPolicy.SITE.value());
        assertEquals("<meta http-equiv=\"Content-Security-Policy\" content=\"" + SITE + "\">", ContentSecurityPolicy.SITE.metaTag());
        assertEquals("Content-Security-Policy: " + SITE, ContentSecurityPolicy.SITE.header());
    }

    @Test
    void aVariantReplacesOneDirectiveOrAddsOne() {
        ContentSecurityPolicy diagrams = ContentSecurityPolicy.SITE.with("style-src", "'self'", "'unsafe-inline'");
        assertEquals(SITE.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"), diagrams.value());
        assertEquals(SITE + "; upgrade-insecure-requests x", ContentSecurityPolicy.SITE.with("upgrade-insecure-requests", "x").value());
        assertEquals(SITE, ContentSecurityPolicy.SITE.value(), "the site's policy is unchanged");
    }

    @Test
    void directivesCannotSmuggleAnotherDirective() {
        assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.SITE.with("script-src", "'self'; script-src *"));
        assertThrows(IllegalArgumentException.class, () -> ContentSecurityPolicy.SITE.with("Script-Src", "'self'"));
        assertThrows(IllegalArgumentException.class, () -> new ContentSecurityPolicy(List.of(
                new ContentSecurityPolicy.Directive("img-src", List.of("'self'")),
                new ContentSecurityPolicy.Directive("img-src", List.of("*")))));
    }

    @Test
    void theDocumentationGivesHostsThisPolicy() throws IOException {
        Path docs = Path.of(System.getProperty("playbook.repo.root", "..")).resolve("docs/security.md");
        String text = Files.readString(docs);
        int copies = text.split(java.util.regex.Pattern.quote(SITE), -1).length - 1;
        assertTrue(copies >= 4, "the meta tag, _headers, nginx and Apache each show the policy as it is: " + copies);
    }
}
