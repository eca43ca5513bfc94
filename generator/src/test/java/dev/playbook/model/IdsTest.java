package dev.playbook.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    @ParameterizedTest
    @CsvSource({"Own the Problem!, own-the-problem", "_index, index", "Café Crème, cafe-creme", "'***', page", "a--b, a-b"})
    void slugsAreValidIds(String name, String expected) {
        assertEquals(expected, Ids.slug(name));
        assertTrue(Ids.isValid(Ids.slug(name)));
    }
}
