package dev.playbook.bench.corpus;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SlugTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "How|how",
            "What if the customer has no receipt?|what-if-the-customer-has-no-receipt",
            "Customers under 18|customers-under-18",
            "First-time customers|first-time-customers",
            "The customer's receipt, again|the-customers-receipt-again",
            "Store and contact centre together|store-and-contact-centre-together"})
    void followsGitHubAnchors(String heading, String slug) {
        assertEquals(slug, Slug.of(heading));
    }
}
