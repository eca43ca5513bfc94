package dev.playbook.scorm;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of one course's package, gathered from the release as it is written: the course's
 * pages (rewritten by {@link PackagedPage}), and everything they load, followed through
 * stylesheets' {@code url(...)}; nothing else of the site, so search stays out.
 */
final class PackageContents {

    private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");

    private PackageContents() {
    }

    /**
     * @param pages    the course's pages, by path in the release
     * @param own      files the package adds (the player), by path; followed like the rest, never rewritten
     * @param release  a release file's bytes, when the release has it
     * @param siteBase where the release's pages are published, for links to pages outside the course
     */
    static SortedMap<String, byte[]> collect(Set<String> pages, Map<String, byte[]> own,
                                             Function<String, Optional<byte[]>> release, Optional<String> siteBase) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(new TreeMap<>(own).keySet());
        queue.addAll(new java.util.TreeSet<>(pages));
        Function<String, Optional<byte[]>> read = path -> own.containsKey(path) ? Optional.of(own.get(path)) : release.apply(path);
        Set<String> seen = new java.util.HashSet<>();
        while (!queue.isEmpty()) {
            String path = queue.removeFirst();
            if (!seen.add(path)) {
                continue;
            }
            Optional<byte[]> bytes = read.apply(path);
            if (bytes.isEmpty()) {
                continue;
            }
            if (PackagedPage.isPage(path)) {
                String html = new String(bytes.get(), StandardCharsets.UTF_8);
                if (own.containsKey(path)) {
                    files.put(path, bytes.get());
                    queue.addAll(PackagedPage.of(path, html, pages::contains, p -> true, Optional.empty()).needs());
                    continue;
                }
                PackagedPage.Result page = PackagedPage.of(path, html, pages::contains,
                        p -> read.apply(p).isPresent(), siteBase);
                files.put(path, page.html().getBytes(StandardCharsets.UTF_8));
                queue.addAll(page.needs());
            } else {
                files.put(path, bytes.get());
                if (path.endsWith(".css")) {
                    Matcher url = CSS_URL.matcher(new String(bytes.get(), StandardCharsets.UTF_8));
                    while (url.find()) {
                        PackagedPage.local(path, url.group(2)).ifPresent(queue::add);
                    }
                }
            }
        }
        return files;
    }
}
