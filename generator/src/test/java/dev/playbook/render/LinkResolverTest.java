package dev.playbook.render;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkResolverTest {

    @ParameterizedTest
    @CsvSource({
            "standards, ../stories/a.md, stories/a.md",
            "'', ./a.md, a.md",
            "a/b, ../../c.md, c.md",
            "a, /top.md, top.md",
            "a, sub/, a/sub/"})
    void normalisesRelativeToTheLinkingPage(String folder, String link, String expected) {
        assertEquals(Optional.of(expected), LinkResolver.normalise(folder, link));
    }

    @ParameterizedTest
    @CsvSource({"'', ../x.md", "a, ../../x.md"})
    void refusesToLeaveTheSource(String folder, String link) {
        assertEquals(Optional.empty(), LinkResolver.normalise(folder, link));
    }
}
