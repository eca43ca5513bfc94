package dev.playbook.releases;

import dev.playbook.model.UrlPaths;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The links that outlive releases, written beside the release folders: {@code index.html} opens
 * the latest release, and {@code latest/<path>} opens that path in the latest release, for every
 * page it has and for the old paths of pages that moved (found by id in earlier releases).
 * Redirects keep the {@code #anchor}.
 */
final class StableLinks {

    static final String LATEST = "latest";
    /** The redirect script beside the release folders, for the pages here. */
    static final String SCRIPT = "redirect.js";

    private StableLinks() {
    }

    /**
     * @param latestPages every HTML path of the latest release
     * @param latestIds   the latest release's page paths by id (empty when it has no snapshot)
     * @param olderIds    the page paths by id of the other releases, newest first
     */
    static Map<String, String> pages(String language, String latest, Set<String> latestPages, Map<String, String> latestIds,
                                     List<Map<String, String>> olderIds) {
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", redirect(language, "index.html", latest + "/index.html"));
        for (String path : latestPages) {
            pages.put(LATEST + "/" + path, redirect(language, LATEST + "/" + path, latest + "/" + path));
        }
        for (Map<String, String> release : olderIds) {
            release.forEach((id, oldPath) -> {
                String now = latestIds.get(id);
                String from = LATEST + "/" + oldPath;
                if (now != null && !now.equals(oldPath) && !pages.containsKey(from) && UrlPaths.isSafe(oldPath)) {
                    pages.put(from, redirect(language, from, latest + "/" + now));
                }
            });
        }
        return pages;
    }

    private static String redirect(String language, String from, String to) {
        return RedirectPage.html(language, UrlPaths.relative(from, to), UrlPaths.rootPrefix(from) + SCRIPT);
    }

    /** The HTML files of a published release folder, for a release built before this run or by other means. */
    static Set<String> htmlIn(Path folder) {
        Set<String> pages = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(f -> Files.isRegularFile(f, java.nio.file.LinkOption.NOFOLLOW_LINKS)).toList()) {
                String path = folder.relativize(file).toString().replace('\\', '/');
                if (path.endsWith(".html") && UrlPaths.isSafe(path) && !hidden(path)) {
                    pages.add(path);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    private static boolean hidden(String path) {
        for (String segment : path.split("/")) {
            if (segment.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
