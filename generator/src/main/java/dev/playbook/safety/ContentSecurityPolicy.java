package dev.playbook.safety;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy a page sends, as one value the theme writes into a
 * {@code <meta http-equiv="Content-Security-Policy">} (templates read it as
 * {@code contentSecurityPolicy}) and redirect pages carry too. {@link #SITE} is what every page
 * gets: scripts, styles, images, fonts and data only from the site itself, no inline script, no
 * {@code eval}, no frames, no plugins, forms only to the site (the search box opens
 * {@code search.html}), no {@code <base>}. A page that needs more is given a variant ({@link #with}).
 *
 * @param directives in the order they are written, each with its sources
 */
public record ContentSecurityPolicy(List<Directive> directives) {

    /** The name templates know the policy by. */
    public static final String VARIABLE = "contentSecurityPolicy";

    private static final String SELF = "'self'";
    private static final String NONE = "'none'";

    /** Every page of the site. */
    public static final ContentSecurityPolicy SITE = new ContentSecurityPolicy(List.of(
            new Directive("default-src", List.of(NONE)),
            new Directive("script-src", List.of(SELF)),
            new Directive("style-src", List.of(SELF)),
            new Directive("img-src", List.of(SELF, "data:")),
            new Directive("font-src", List.of(SELF)),
            new Directive("connect-src", List.of(SELF)),
            new Directive("media-src", List.of(SELF)),
            new Directive("manifest-src", List.of(SELF)),
            new Directive("frame-src", List.of(NONE)),
            new Directive("object-src", List.of(NONE)),
            new Directive("form-action", List.of(SELF)),
            new Directive("base-uri", List.of(NONE))));

    /** The name templates know the policy of pages with a diagram by. */
    public static final String DIAGRAM_VARIABLE = "diagramContentSecurityPolicy";

    /**
     * Pages with a Mermaid diagram: the site's policy with inline styles allowed, since mermaid styles
     * each SVG it draws with a {@code <style>} of its own. Scripts stay the site's own.
     */
    public static final ContentSecurityPolicy DIAGRAMS = SITE.with("style-src", SELF, "'unsafe-inline'");

    public ContentSecurityPolicy {
        directives = List.copyOf(directives);
        if (directives.stream().map(Directive::name).distinct().count() != directives.size()) {
            throw new IllegalArgumentException("a directive is named twice: " + directives);
        }
    }

    /** One directive: {@code script-src 'self'}. */
    public record Directive(String name, List<String> sources) {
        private static final Pattern NAME = Pattern.compile("[a-z]+(-[a-z]+)*");
        private static final Pattern SOURCE = Pattern.compile("[^\\s;,]+");

        public Directive {
            Objects.requireNonNull(name, "name");
            if (!NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("not a directive name: \"" + name + "\"");
            }
            sources = List.copyOf(sources);
            if (sources.isEmpty() || !sources.stream().allMatch(s -> SOURCE.matcher(s).matches())) {
                throw new IllegalArgumentException("sources of " + name + " must be one or more words without ; or , : " + sources);
            }
        }

        @Override
        public String toString() {
            return name + " " + String.join(" ", sources);
        }
    }

    /** This policy with one directive's sources replaced (or the directive added at the end). */
    public ContentSecurityPolicy with(String name, String... sources) {
        Directive replacement = new Directive(name, List.of(sources));
        List<Directive> out = new ArrayList<>();
        boolean replaced = false;
        for (Directive directive : directives) {
            if (directive.name().equals(name)) {
                out.add(replacement);
                replaced = true;
            } else {
                out.add(directive);
            }
        }
        if (!replaced) {
            out.add(replacement);
        }
        return new ContentSecurityPolicy(out);
    }

    /** The policy as a header or meta value: {@code default-src 'none'; script-src 'self'; ...}. */
    public String value() {
        return String.join("; ", directives.stream().map(Directive::toString).toList());
    }

    /** The tag a page's head starts with. */
    public String metaTag() {
        return "<meta http-equiv=\"Content-Security-Policy\" content=\"" + value().replace("\"", "&quot;") + "\">";
    }

    /**
     * The equivalent HTTP header, for hosts that can send one. A header may also say who may frame the
     * site ({@code frame-ancestors}), which a meta tag cannot; that is the host's choice (the embed mode
     * is meant for learning systems' frames), so it is not part of this value.
     */
    public String header() {
        return "Content-Security-Policy: " + value();
    }
}
