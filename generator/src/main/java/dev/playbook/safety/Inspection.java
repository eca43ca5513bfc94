package dev.playbook.safety;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;
import org.jsoup.safety.Safelist;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One walk over a tree that decides, by the safelist and the URL policy, what the sanitizer removes
 * and why, and collects the few changes it makes before jsoup's {@code Cleaner} copies what is safe:
 * an {@code iframe} becomes a link, {@code text-align} (and HTML 4's {@code align} on a block) becomes a class, URLs and ids that are not
 * allowed go. Nothing changes while the walk runs (changing an element's attributes while iterating
 * them was issue 13's crash); {@link #apply()} makes the changes afterwards.
 */
final class Inspection {

    private static final Pattern OLD_ALIGN = Pattern.compile("\\s*(left|center|right)\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALIGN = Pattern.compile("text-align\\s*:\\s*(left|center|right)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ONLY_ALIGN = Pattern.compile("^\\s*(text-align\\s*:\\s*(left|center|right)\\s*;?\\s*)$",
            Pattern.CASE_INSENSITIVE);

    private final Safelist safelist;
    private final List<Removal> removals = new ArrayList<>();
    private final List<Runnable> changes = new ArrayList<>();

    private Inspection(Safelist safelist) {
        this.safelist = safelist;
    }

    /** Inspects every element below {@code root} (not {@code root} itself), in document order. */
    static Inspection of(Element root, Safelist safelist) {
        Inspection inspection = new Inspection(safelist);
        inspection.walk(root);
        return inspection;
    }

    List<Removal> removals() {
        return List.copyOf(removals);
    }

    /** Whether the walk found nothing to remove and nothing to change. */
    boolean changesNothing() {
        return removals.isEmpty() && changes.isEmpty();
    }

    /** Makes the changes the walk decided on. */
    void apply() {
        changes.forEach(Runnable::run);
    }

    /** Iterative, as the rest of the pipeline: content may nest deeply. */
    private void walk(Element root) {
        record Visit(Element element, boolean insideRemoved) { }
        ArrayDeque<Visit> stack = new ArrayDeque<>();
        for (int i = root.childrenSize() - 1; i >= 0; i--) {
            stack.push(new Visit(root.child(i), false));
        }
        while (!stack.isEmpty()) {
            Visit visit = stack.pop();
            Element element = visit.element();
            boolean removed = !inspect(element, visit.insideRemoved());
            if (element.normalName().equals("iframe")) {
                continue;
            }
            for (int i = element.childrenSize() - 1; i >= 0; i--) {
                stack.push(new Visit(element.child(i), visit.insideRemoved() || removed));
            }
        }
    }

    /** @return whether the element stays */
    private boolean inspect(Element element, boolean insideRemoved) {
        String tag = element.normalName();
        if (!isHtml(element) && safelist.isSafeTag(tag)) {
            // An SVG or MathML element that shares an allowed name (<svg><a/></svg>) is not the HTML element: kept,
            // it would be written with XML's rules (<a/>), which a browser reads as an open link. Its text stays.
            // Only these are unwrapped: the content of an SVG <script> or <style> is raw data, which the cleaner
            // writes unescaped wherever it lands (it drops it only inside an element that is not allowed).
            if (!insideRemoved) {
                removals.add(new Removal(start(element.sourceRange()), "<" + tag + ">", Reasons.element(tag)));
            }
            changes.add(element::unwrap);
            return false;
        }
        if (tag.equals("iframe")) {
            iframe(element, insideRemoved);
            return false;
        }
        if (!safelist.isSafeTag(tag) || tag.equals("input") && !isCheckbox(element)) {
            if (!insideRemoved) {
                removals.add(new Removal(start(element.sourceRange()), "<" + tag + ">", Reasons.element(tag)));
            }
            if (tag.equals("input")) {
                changes.add(element::remove);
            }
            return false;
        }
        List<String> drop = new ArrayList<>();
        for (Attribute attribute : element.attributes()) {
            String name = attribute.getKey().toLowerCase(Locale.ROOT);
            Optional<String> reason = attributeProblem(element, tag, name, attribute);
            if (reason.isPresent()) {
                drop.add(attribute.getKey());
                if (!reason.get().isEmpty()) {
                    removals.add(new Removal(start(attribute.sourceRange().nameRange()),
                            name + " on <" + tag + ">", reason.get()));
                }
            }
        }
        if (!drop.isEmpty()) {
            changes.add(() -> drop.forEach(element::removeAttr));
        }
        return true;
    }

    /** Why the attribute goes ("" when it goes silently, being turned into something allowed), or empty when it stays. */
    private Optional<String> attributeProblem(Element element, String tag, String name, Attribute attribute) {
        if (name.equals("style")) {
            Matcher align = ALIGN.matcher(attribute.getValue());
            if (align.find()) {
                String alignment = "align-" + align.group(1).toLowerCase(Locale.ROOT);
                changes.add(() -> element.addClass(alignment));
            }
            return Optional.of(ONLY_ALIGN.matcher(attribute.getValue()).matches() ? "" : Reasons.attribute(name));
        }
        if (safelist.getEnforcedAttributes(tag).hasKeyIgnoreCase(name)) {
            return Optional.empty(); // the cleaner sets its value (a task-list checkbox's disabled, written or not)
        }
        if (name.equals("align") && !tag.equals("img") && !safelist.isSafeAttribute(tag, element, attribute)) {
            // HTML 4's align="center", still what git hosts and old generators honour on blocks: the same class.
            Matcher align = OLD_ALIGN.matcher(attribute.getValue());
            if (align.matches()) {
                String alignment = "align-" + align.group(1).toLowerCase(Locale.ROOT);
                changes.add(() -> element.addClass(alignment));
                return Optional.of("");
            }
        }
        if (!safelist.isSafeAttribute(tag, element, attribute)) {
            return Optional.of(Reasons.attribute(name));
        }
        if (UrlPolicy.isUrl(tag, name)) {
            return UrlPolicy.problem(tag, name, attribute.getValue())
                    .map(why -> "removed (\"" + shorten(UrlPolicy.asBrowserReads(attribute.getValue())) + "\"): " + why);
        }
        if (name.equals("id") || name.equals("name")) {
            return ClobberingNames.problem(attribute.getValue());
        }
        return Optional.empty();
    }

    /** An {@code iframe} with a web address becomes a link to it; any other goes. */
    private void iframe(Element frame, boolean insideRemoved) {
        String src = UrlPolicy.asBrowserReads(frame.attr("src"));
        Optional<String> scheme = UrlPolicy.scheme(src);
        int at = start(frame.sourceRange());
        if (scheme.isEmpty() || !(scheme.get().equals("http") || scheme.get().equals("https"))) {
            if (!insideRemoved) {
                removals.add(new Removal(at, "<iframe>", Reasons.element("iframe")));
            }
            changes.add(frame::remove);
            return;
        }
        String href = EmbedLinks.pageOf(src);
        String title = frame.attr("title").strip();
        if (!insideRemoved) {
            removals.add(new Removal(at, "<iframe>", "became a link to " + shorten(href)
                    + ": embedded frames can run script and load other sites, so readers follow the link instead"));
        }
        changes.add(() -> frame.replaceWith(new Element("a").attr("href", href).text(title.isEmpty() ? href : title)));
    }

    private static boolean isHtml(Element element) {
        return element.tag().namespace().equals(Parser.NamespaceHtml);
    }

    private static boolean isCheckbox(Element input) {
        return input.attr("type").strip().equalsIgnoreCase("checkbox");
    }

    private static int start(Range range) {
        return range.isTracked() ? range.startPos() : -1;
    }

    private static String shorten(String url) {
        return url.length() <= 60 ? url : url.substring(0, 57) + "...";
    }
}
