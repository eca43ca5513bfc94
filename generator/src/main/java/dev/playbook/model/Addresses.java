package dev.playbook.model;

import dev.playbook.dialects.OldAddress;
import dev.playbook.dialects.OldAddresses;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The table of the addresses each page answered to on the site it was imported from, by
 * {@linkplain OldAddresses#key key}: the addresses its front matter declares (permalink, url,
 * slug, aliases, redirect_from, a Docusaurus id), then those its path gives it. A key that
 * several pages answer lists them in that order (declared before derived, then by path), so a
 * link resolves the same way in every build.
 */
public final class Addresses {

    private final Map<String, List<Page>> exact = new HashMap<>();
    private final Map<String, List<Page>> loose = new HashMap<>();

    Addresses(List<Page> pages) {
        for (Page page : pages) {
            for (OldAddress address : page.data().oldAddresses()) {
                add(OldAddresses.key(address.path()), page);
            }
        }
        for (Page page : pages) {
            for (String key : OldAddresses.derivedKeys(page.sourcePath(), page.kind() != PageKind.PAGE)) {
                add(key, page);
            }
        }
        exact.replaceAll((key, list) -> List.copyOf(list));
        loose.replaceAll((key, list) -> List.copyOf(list));
    }

    private void add(String key, Page page) {
        addOnce(exact.computeIfAbsent(key, k -> new ArrayList<>(1)), page);
        addOnce(loose.computeIfAbsent(OldAddresses.looseKey(key), k -> new ArrayList<>(1)), page);
    }

    private static void addOnce(List<Page> pages, Page page) {
        for (Page known : pages) {
            if (known == page) {
                return;
            }
        }
        pages.add(page);
    }

    /**
     * The pages that answer an address (any form of it: {@code x/}, {@code /x}, {@code x.html},
     * {@code x/index.html}), the first being the one a link leads to; else the pages whose
     * address differs only in case or in spaces for hyphens, as Hugo makes them, or only in
     * Docusaurus's number prefixes; else none.
     */
    public List<Page> answering(String address) {
        String key = OldAddresses.key(address);
        List<Page> found = exact.get(key);
        if (found == null) {
            found = loose.get(OldAddresses.looseKey(key));
        }
        if (found == null) {
            // A link made from a numbered folder's path to a page Docusaurus served without the numbers.
            String unnumbered = OldAddresses.unnumbered(key);
            found = unnumbered.equals(key) ? null : exact.get(unnumbered);
        }
        return found == null ? List.of() : found;
    }
}
