package dev.playbook.scorm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A course's SCORM packages ({@code courses/<id>.scorm12.zip}, {@code courses/<id>.scorm2004.zip}):
 * one SCO, the course player at the package's root, which shows the course's pages one after
 * another in a frame and reports to the learning system; the pages, what they load, the
 * manifest and the ADL schema files.
 */
public final class CoursePackager {

    /** The player's file name at the package's root (another when a page of the course has it). */
    public static final String PLAYER = "course-player.html";
    /** Where the theme's player files ({@code scorm/} in the theme) are in a package. */
    public static final String ASSETS = "assets/scorm/";

    private CoursePackager() {
    }

    /**
     * What every package of a release shares.
     *
     * @param siteBase    where the release's pages are published, ending in a slash, for links to pages outside the
     *                    course; empty: such links become text
     * @param playerFiles the theme's player script and stylesheet, by their path in the package
     */
    public record Settings(String language, String siteTitle, String contentSecurityPolicy, Optional<String> siteBase,
                           Map<String, byte[]> playerFiles) {
        public Settings {
            playerFiles = Map.copyOf(playerFiles);
        }
    }

    /**
     * The course's packages by where they are published in the release; empty when the player
     * could not be laid out (the renderer has said why).
     *
     * @param renderer lays out the player page, or reports why it could not
     * @param release  the bytes of a file of the release as this build writes it
     */
    public static SortedMap<String, byte[]> packages(CoursePlan plan, Settings settings,
                                                     Function<PlayerView, Optional<String>> renderer,
                                                     Function<String, Optional<byte[]>> release) {
        Set<String> pages = new LinkedHashSet<>();
        plan.modules().forEach(module -> module.items().forEach(item -> pages.add(item.page())));
        String player = PLAYER;
        for (int n = 2; pages.contains(player); n++) {
            player = "course-player-" + n + ".html";
        }
        SortedMap<String, byte[]> zips = new TreeMap<>();
        for (ScormVersion version : ScormVersion.values()) {
            Optional<String> html = renderer.apply(view(plan, settings, version));
            if (html.isEmpty()) {
                return new TreeMap<>();
            }
            Map<String, byte[]> own = new TreeMap<>(settings.playerFiles());
            own.put(player, html.get().getBytes(StandardCharsets.UTF_8));
            SortedMap<String, byte[]> entries = PackageContents.collect(pages, own, release, settings.siteBase());
            String manifest = ScormManifest.of(version, "playbook-course-" + plan.id(), plan.title(), player, entries.keySet());
            entries.put("imsmanifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            for (String schema : version.schemas()) {
                entries.put(schema, schema(version, schema));
            }
            zips.put(version.zipUrl(plan.id()), ScormZip.of(entries));
        }
        return zips;
    }

    static PlayerView view(CoursePlan plan, Settings settings, ScormVersion version) {
        List<PlayerView.ModuleView> modules = new ArrayList<>();
        int index = 0;
        String first = "";
        for (CoursePlan.Module module : plan.modules()) {
            List<PlayerView.ItemView> items = new ArrayList<>();
            for (CoursePlan.Item item : module.items()) {
                index++;
                if (first.isEmpty()) {
                    first = item.href();
                }
                items.add(new PlayerView.ItemView(index, item.title(), href(item.href()), item.check() ? "check" : "step"));
            }
            modules.add(new PlayerView.ModuleView(module.number(), module.title(), items));
        }
        return new PlayerView(settings.language(), settings.siteTitle(), plan.id(), plan.title(), plan.summary(),
                version.runtime(), settings.contentSecurityPolicy(), href(first), index, modules);
    }

    /** A release path with its anchor, as an href from the package's root. */
    private static String href(String target) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        return dev.playbook.model.UrlPaths.encode(path) + (hash < 0 ? "" : target.substring(hash));
    }

    private static byte[] schema(ScormVersion version, String file) {
        try (InputStream in = CoursePackager.class.getResourceAsStream(version.schemaResource(file))) {
            if (in == null) {
                throw new IllegalStateException("the generator lacks its SCORM schema " + version.schemaResource(file));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
