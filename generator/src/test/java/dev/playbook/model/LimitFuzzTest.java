package dev.playbook.model;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.playbook.config.SiteConfig;
import dev.playbook.diag.Problems;
import dev.playbook.load.SourceFile;
import dev.playbook.load.SourceLoader;
import dev.playbook.testing.FuzzPlaybook;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.playbook.testing.Positioned.assertPositioned;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13 (fuzzing): limits on extras and their amounts. {@code amount}: any text as an
 * {@code up-to:} value; an amount read is non-negative, keeps the editor's text and reads the same
 * again. {@code limits}: any bytes as the front matter of a parameter page of a playbook with
 * roles; problems are positioned, every limit kept is in force some day and has a readable amount,
 * and without an error its roles are known.
 */
class LimitFuzzTest {

    private static final FuzzPlaybook PLAYBOOK = FuzzPlaybook.create("playbook-limit-fuzz");
    private static final SiteConfig CONFIG = PLAYBOOK.config();
    private static final String PAGE = "parameters/fuzzed.md";
    private static long inputs;

    @FuzzTest(maxDuration = "5m")
    void amount(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        Optional<Amount> amount = Amount.parse(text);
        if (amount.isEmpty()) {
            return;
        }
        Amount read = amount.get();
        assertTrue(read.value().compareTo(BigDecimal.ZERO) >= 0, () -> "a negative amount from \"" + text + "\"");
        assertEquals(text.strip(), read.text(), "the amount is shown as written");
        Amount again = Amount.parse(read.text()).orElseThrow(() -> new AssertionError("\"" + read.text() + "\" no longer reads"));
        assertTrue(read.sameAs(again) && again.sameAs(read), () -> read + " reads again as " + again.value() + " " + again.unit());
    }

    @FuzzTest(maxDuration = "5m")
    void limits(byte[] input) throws IOException {
        byte[] head = "---\ntype: parameter\n".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n---\n# Limits\n".getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[head.length + input.length + tail.length];
        System.arraycopy(head, 0, page, 0, head.length);
        System.arraycopy(input, 0, page, head.length, input.length);
        System.arraycopy(tail, 0, page, head.length + input.length, tail.length);
        Files.write(PLAYBOOK.source().resolve(PAGE), page);
        Files.setLastModifiedTime(PLAYBOOK.source().resolve(PAGE), FileTime.fromMillis(1_000_000L * ++inputs));

        Problems problems = new Problems();
        Optional<SourceFile> source = new SourceLoader(PLAYBOOK.source(), "playbook").read(PAGE, problems);
        Map<String, String> texts = new java.util.HashMap<>(PLAYBOOK.texts());
        texts.put("playbook/" + PAGE, new String(page, StandardCharsets.UTF_8));
        if (source.isEmpty()) {
            assertPositioned(problems.sorted(), texts);
            return;
        }
        Site site = new SiteModeler(CONFIG, false).model(List.of(source.get()), problems);
        assertPositioned(problems.sorted(), texts);
        boolean clean = !problems.hasErrors();
        for (Page modelled : site.pages()) {
            for (Limit limit : modelled.data().limits()) {
                assertTrue(limit.pointer().matches("/limits/\\d+"), limit::pointer);
                assertTrue(Amount.parse(limit.upTo().text()).map(limit.upTo()::sameAs).orElse(false),
                        () -> "the amount " + limit.upTo() + " does not read again");
                assertTrue(limit.overlaps(limit), () -> "a limit kept that is never in force: " + limit);
                if (clean) {
                    assertTrue(CONFIG.role(limit.role()).isPresent(), () -> "no error for the unknown role " + limit.role());
                    limit.approval().ifPresent(a -> assertTrue(CONFIG.role(a).isPresent(), () -> "no error for approval by " + a));
                }
            }
        }
    }
}
