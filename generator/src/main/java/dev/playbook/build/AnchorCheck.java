package dev.playbook.build;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Problems;
import dev.playbook.diag.Suggestions;
import dev.playbook.model.OutLink;
import dev.playbook.model.Page;
import dev.playbook.model.PageContent;
import dev.playbook.model.Site;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Part of the check stage: every link with an anchor must land on a heading of its target page, or
 * on an anchor the page answers for another language's heading (a fallback page's link to
 * {@code #authority} on a page whose translation calls that section {@code #autoridad}).
 */
final class AnchorCheck {

    private AnchorCheck() {
    }

    static void check(Site site, Map<String, PageContent> contents, Map<String, Map<String, String>> languageAnchors,
                      Problems problems) {
        for (PageContent content : contents.values()) {
            for (OutLink link : content.links()) {
                if (link.anchor().isEmpty()) {
                    continue;
                }
                PageContent target = contents.get(link.toId());
                String anchor = link.anchor().get();
                if (target != null && !target.hasAnchor(anchor) && !isFootnote(anchor)
                        && !languageAnchors.getOrDefault(link.toId(), Map.of()).containsKey(anchor)) {
                    Page page = site.byId(link.toId()).orElseThrow();
                    Set<String> known = new HashSet<>();
                    target.headings().forEach(h -> known.add(h.id()));
                    problems.add(new Problem(link.at().file(), link.at().line(), link.at().column(),
                            site.config().brokenLinks(), "missing anchor: " + page.display() + " has no heading \"#" + anchor + "\""
                            + Suggestions.didYouMean(anchor, known)));
                }
            }
        }
    }

    private static boolean isFootnote(String anchor) {
        return anchor.startsWith("fn-") || anchor.startsWith("fnref-");
    }
}
