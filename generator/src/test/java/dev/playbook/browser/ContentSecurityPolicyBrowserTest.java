package dev.playbook.browser;

import dev.playbook.safety.ContentSecurityPolicy;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The sample site works under its Content-Security-Policy, from disk and over HTTP (issue 13): every
 * kind of page loads its scripts and styles with a console free of violations (the extension fails a
 * test on any console error or warning), search works in the header box and on its page, the search
 * form submits, redirect pages arrive, and the policy is really enforced (an inline script does not run).
 */
@ExtendWith(ChromiumInstalled.class)
class ContentSecurityPolicyBrowserTest {

    @RegisterExtension
    static final BrowsedSite SITE = new BrowsedSite(SampleSite::buildInto);

    private static final List<String> PAGES = List.of("index.html", "standards/own-the-problem.html", "authority.html",
            "glossary.html", "health.html", "release-notes.html", "courses/index.html", "courses/new-hire.html",
            "courses/new-hire-print.html", "tags/index.html", "search.html");

    private static String url(Served served, String path) {
        return SITE.url(served, SampleSite.RELEASE + "/" + path);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void everyKindOfPageRunsItsScriptsAndStylesUnderThePolicy(Served served) {
        for (String page : PAGES) {
            SITE.browser().open(url(served, page));
            assertEquals(ContentSecurityPolicy.SITE.value(), SITE.browser().script(
                    "return document.querySelector('meta[http-equiv=\"Content-Security-Policy\"]').content"), page);
            assertEquals(Boolean.FALSE, SITE.browser().script("return document.querySelector('.theme-toggle').hidden"),
                    page + ": the theme's scripts ran (they show the dark-mode button)");
            assertTrue(SITE.browser().<Boolean>script("return document.styleSheets.length >= 5"), page + ": the theme's styles loaded");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void thePolicyIsEnforced(Served served) {
        SITE.browser().open(url(served, "standards/own-the-problem.html"));
        List<Object> seen = SITE.browser().script("""
                const violations = [];
                document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
                const inline = document.createElement('script');
                inline.textContent = 'window.inlineRan = true;';
                document.body.append(inline);
                const outside = document.createElement('img');
                outside.src = 'http://127.0.0.1:9/outside.png';
                document.body.append(outside);
                return new Promise((resolve) => setTimeout(() => resolve([window.inlineRan === true, violations]), 200));
                """);
        assertEquals(List.of(false, List.of("script-src-elem", "img-src")), seen);
        // Both refusals are logged as the browser should; they are this test's own doing.
        SITE.browser().clearConsole();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void searchWorksInTheBoxAndTheFormSubmitsToTheSearchPage(Served served) {
        SITE.browser().open(url(served, "standards/own-the-problem.html"));
        WebElement box = SITE.browser().find("#site-search-q");
        box.sendKeys("refund");
        SITE.browser().await("results as you type", driver -> !SITE.browser().findAll("#site-search-results [role=option]").isEmpty());
        SITE.browser().script("document.querySelector('#site-search-results').hidden = true");
        box.sendKeys(Keys.ESCAPE);
        box.sendKeys(Keys.ENTER);
        SITE.browser().await("the form opens search.html", driver -> driver.getCurrentUrl().contains("search.html?q=refund"));
        SITE.browser().await("the search page lists results", driver -> !SITE.browser().findAll(".search-results .search-hit").isEmpty());
        assertFalse(SITE.browser().findAll(".search-results mark").isEmpty(), "the words are marked");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Served.class)
    void redirectPagesArrive(Served served) {
        SITE.browser().open(SITE.url(served, "index.html"));
        SITE.browser().await("the root page leads to the release", driver -> driver.getCurrentUrl().endsWith(SampleSite.RELEASE + "/index.html"));
        SITE.browser().open(SITE.url(served, "go/keep-promises.html"));
        SITE.browser().await("a permalink leads to its page", driver -> driver.getCurrentUrl().contains("keep-promises.html")
                && !driver.getCurrentUrl().contains("/go/"));
    }
}
