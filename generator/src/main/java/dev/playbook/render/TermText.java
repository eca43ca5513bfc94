package dev.playbook.render;

import dev.playbook.model.Glossary;
import dev.playbook.model.UrlPaths;
import dev.playbook.render.Views.TextPartView;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Splits the texts of one page's front-matter fields (a limit's extra and conditions) where glossary
 * terms occur, linking the first use of each term across those fields, as the body links its own
 * first uses. One per page and thread: it remembers which terms it linked.
 */
final class TermText {

    private final Glossary glossary;
    private final String glossaryHref;
    private final String pageId;
    private final Set<String> linked = new HashSet<>();

    TermText(Glossary glossary, String fromUrl, String pageId) {
        this.glossary = glossary;
        this.glossaryHref = UrlPaths.relative(fromUrl, Glossary.URL);
        this.pageId = pageId;
    }

    List<TextPartView> parts(String text) {
        List<TextPartView> parts = new ArrayList<>();
        int at = 0;
        for (Glossary.Match match : glossary.find(text)) {
            Glossary.Term term = match.term();
            if (term.pageId().equals(Optional.of(pageId)) || !linked.add(term.id())) {
                continue;
            }
            if (match.start() > at) {
                parts.add(plain(text.substring(at, match.start())));
            }
            parts.add(new TextPartView(text.substring(match.start(), match.end()), term.id(), term.term(),
                    glossaryHref + "#" + term.anchor(), term.definition()));
            at = match.end();
        }
        if (at < text.length() || parts.isEmpty()) {
            parts.add(plain(text.substring(at)));
        }
        return parts;
    }

    private static TextPartView plain(String text) {
        return new TextPartView(text, null, null, null, null);
    }
}
