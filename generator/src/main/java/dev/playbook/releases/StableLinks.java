package dev.playbook.releases;

import dev.playbook.model.Ids;
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
 * the latest release; {@code latest/<path>} opens that path in the latest release, for every
 * page it has and for the old paths of pages that moved (found by id in earlier releases), and a
 * page that was removed opens in the newest release that had it; {@code go/<id>.html} and
 * {@code go/<id>/index.html} open the page with that id wherever it is now. Redirects keep the
 * query and the {@code #anchor}.
 */
final class StableLinks {

    static final String LATEST = "latest";
    /** Short links by page id: {@code go/<id>.html} (from disk and any host) and {@code go/<id>/} (any web server). */
    static final String GO = PagesManifest.GO;
    /** The redirect script beside the release folders, for the pages here. */
    static final String SCRIPT = "redirect.js";

    private StableLinks() {
    }

    /** The page paths by id of one release. */
    record ReleaseIds(String release, Map<String, String> paths) { }

    /**
     * @param latestPages every HTML path of the latest release
     * @param latestIds   the latest release's page paths by id (empty when it has no snapshot)
     * @param older       the page paths by id of the other releases, newest first
     */
    static Map<String, String> pages(String language, String latest, Set<String> latestPages, Map<String, String> latestIds,
                                     List<ReleaseIds> older) {
        Map<String, String> pages = new TreeMap<>();
        pages.put("index.html", redirect(language, "index.html", latest + "/index.html"));
        for (String path : latestPages) {
            pages.put(LATEST + "/" + path, redirect(language, LATEST + "/" + path, latest + "/" + path));
        }
        // Where each id is now: the latest release, else the newest release that still had it.
        Map<String, String> whereNow = new TreeMap<>();
        latestIds.forEach((id, path) -> whereNow.put(id, latest + "/" + path));
        for (ReleaseIds release : older) {
            release.paths().forEach((id, path) -> {
                if (UrlPaths.isSafe(path)) {
                    whereNow.putIfAbsent(id, release.release() + "/" + path);
                }
            });
        }
        for (ReleaseIds release : older) {
            release.paths().forEach((id, oldPath) -> {
                String from = LATEST + "/" + oldPath;
                String now = whereNow.get(id);
                if (now != null && !pages.containsKey(from) && UrlPaths.isSafe(oldPath) && !now.equals(latest + "/" + oldPath)) {
                    pages.put(from, redirect(language, from, now));
                }
            });
        }
        whereNow.forEach((id, now) -> {
            if (Ids.isValid(id)) {
                String file = GO + "/" + id + ".html";
                String folder = GO + "/" + id + "/index.html";
                pages.put(file, redirect(language, file, now));
                pages.put(folder, redirect(language, folder, now));
            }
        });
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
