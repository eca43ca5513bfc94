package dev.playbook.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlPathsTest {

    @ParameterizedTest
    @CsvSource({
            "index.html, standards/greet.html, standards/greet.html",
            "standards/greet.html, index.html, ../index.html",
            "standards/greet.html, standards/own.html, own.html",
            "a/b/c.html, a/d/e.html, ../d/e.html",
            "a/b/c.html, a/b/c.html, c.html",
            "x.html, my page.html, my%20page.html"})
    void relativeLinks(String from, String to, String expected) {
        assertEquals(expected, UrlPaths.relative(from, to));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x.html", "/etc/passwd", "a/../../b", "a//b", "a/./b", "c:\\x", "a\\..\\b", "", "a/", "x\u0000y"})
    void unsafePathsAreRejected(String path) {
        assertFalse(UrlPaths.isSafe(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "a/b/c.html", "assets/playbook.css", "stories/café.html", "..hidden/x"})
    void ordinaryPathsAreSafe(String path) {
        assertTrue(UrlPaths.isSafe(path), path);
    }

    @ParameterizedTest
    @CsvSource({"index.html, ''", "a/b.html, ../", "a/b/c.html, ../../"})
    void rootPrefix(String from, String expected) {
        assertEquals(expected, UrlPaths.rootPrefix(from));
    }
}
