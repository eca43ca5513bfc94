package dev.playbook.safety;

import java.util.Map;

/** Why an element or attribute is not allowed, in words that tell an editor what to do instead. */
final class Reasons {

    private static final String FORM = "removed: forms could send what readers type to another site; "
            + "link to the form instead";
    private static final String MEDIA = "removed: media elements can load from other sites; link to the file instead";
    private static final String PLUGIN = "removed: plugins and embedded objects can run code; link to the file instead";

    private static final Map<String, String> ELEMENTS = Map.ofEntries(
            Map.entry("script", "removed: scripts never run in the published site (it works under a strict "
                    + "Content-Security-Policy)"),
            Map.entry("noscript", "removed: scripts never run, so there is nothing to stand in for"),
            Map.entry("iframe", "removed: embedded frames can run script; link to the page instead"),
            Map.entry("frame", "removed: embedded frames can run script; link to the page instead"),
            Map.entry("frameset", "removed: embedded frames can run script; link to the page instead"),
            Map.entry("object", PLUGIN),
            Map.entry("embed", PLUGIN),
            Map.entry("applet", PLUGIN),
            Map.entry("portal", PLUGIN),
            Map.entry("style", "removed: styles come from the theme; use a class the theme styles"),
            Map.entry("link", "removed: stylesheets, imports and preloads come from the theme"),
            Map.entry("meta", "removed: it could redirect the reader or change the page's policy"),
            Map.entry("base", "removed: it would change where every link of the page leads"),
            Map.entry("form", FORM),
            Map.entry("input", FORM),
            Map.entry("button", FORM),
            Map.entry("select", FORM),
            Map.entry("option", FORM),
            Map.entry("textarea", FORM),
            Map.entry("svg", "removed: inline SVG can carry scripts, animations and links; add the drawing as an "
                    + "image file: ![text](drawing.svg)"),
            Map.entry("math", "removed: inline MathML is not in the allowlist (it can hide markup from the sanitizer); "
                    + "use text or an image"),
            Map.entry("video", MEDIA),
            Map.entry("audio", MEDIA),
            Map.entry("source", MEDIA),
            Map.entry("track", MEDIA),
            Map.entry("picture", MEDIA),
            Map.entry("template", "removed: template contents are inert markup the sanitizer does not pass"),
            Map.entry("title", "removed: the page's title comes from its front matter"));

    private Reasons() {
    }

    static String element(String tag) {
        return ELEMENTS.getOrDefault(tag, "removed: not among the elements documentation may use (its text is kept)");
    }

    static String attribute(String name) {
        if (name.startsWith("on")) {
            return "removed: event handlers never run in the published site";
        }
        return switch (name) {
            case "style" -> "removed: inline styles are blocked by the Content-Security-Policy; use a class the theme "
                    + "styles (text-align becomes one)";
            case "srcdoc" -> "removed: a frame's inline document can run script";
            case "formaction", "action" -> "removed: forms could send what readers type to another site";
            case "srcset" -> "removed: images load from src only, from the playbook itself";
            case "name" -> "removed: a name could hide the page's own document properties; use id";
            default -> "removed: not among the attributes this element may have";
        };
    }
}
