package dev.playbook.write;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The journal steps of one writer's commit, worked out before anything is touched, with every
 * check that could stop the publish halfway done first: no link leads out of the output folder,
 * and every folder and file to change is writable. A staged folder whose place is free becomes its
 * place in one rename (a new release, a first build); other files move one by one; files this
 * tool wrote before and not now are removed; the manifest comes last.
 */
final class CommitPlan {

    private final Publication publication;
    private final Path out;
    private final Path staging;
    private final List<String> moving;
    private final Set<String> stale;
    private final Map<Path, Boolean> checked = new HashMap<>();

    CommitPlan(Publication publication, Path out, Path staging, List<String> moving, Set<String> stale) {
        this.publication = publication;
        this.out = out;
        this.staging = staging;
        this.moving = moving;
        this.stale = stale;
    }

    List<Journal.Step> steps() throws IOException {
        List<Journal.Step> steps = new ArrayList<>();
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            // A new folder: the staging folder, which holds just this writer's files and manifest, becomes it.
            Path parent = out.getParent();
            checkFolder(parent, publication.root().getParent().toRealPath());
            if (!Files.exists(parent)) {
                steps.add(Journal.Step.of(Journal.Kind.MKDIRS, publication.name(parent)));
            }
            steps.add(new Journal.Step(Journal.Kind.FOLDER, publication.name(staging), publication.name(out)));
            return steps;
        }
        Path realOut = out.toRealPath();
        checkFolder(out, realOut);
        Set<String> whole = newFolders();
        for (String folder : whole) {
            Path target = out.resolve(folder);
            checkFolder(target.getParent(), realOut);
            if (!Files.exists(target.getParent())) {
                steps.add(Journal.Step.of(Journal.Kind.MKDIRS, publication.name(target.getParent())));
            }
            steps.add(new Journal.Step(Journal.Kind.FOLDER, publication.name(staging.resolve(folder)), publication.name(target)));
        }
        List<String> single = moving.stream().filter(path -> !underAny(path, whole)).toList();
        Set<Path> folders = new TreeSet<>();
        single.forEach(path -> folders.add(out.resolve(path).getParent()));
        for (Path folder : folders) {
            checkFolder(folder, realOut);
            if (!Files.exists(folder)) {
                steps.add(Journal.Step.of(Journal.Kind.MKDIRS, publication.name(folder)));
            }
        }
        List<String> replaced = single.parallelStream()
                .filter(path -> Files.exists(out.resolve(path), LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(out.resolve(path)))
                .toList();
        if (!replaced.isEmpty()) {
            throw readOnly(out.resolve(replaced.get(0)));
        }
        for (String path : single) {
            steps.add(new Journal.Step(Journal.Kind.FILE, publication.name(staging.resolve(path)), publication.name(out.resolve(path))));
        }
        for (String path : stale) {
            Path file = out.resolve(path);
            checkFolder(file.getParent(), realOut);
            if (!Files.isWritable(file) && !Files.isSymbolicLink(file)) {
                throw readOnly(file);
            }
            steps.add(Journal.Step.of(Journal.Kind.DELETE, publication.name(file)));
            steps.add(new Journal.Step(Journal.Kind.PRUNE, publication.name(file.getParent()), publication.name(out)));
        }
        Path manifest = out.resolve(SiteWriter.MANIFEST);
        if (Files.exists(manifest, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(manifest)) {
            throw readOnly(manifest);
        }
        steps.add(new Journal.Step(Journal.Kind.FILE, publication.name(staging.resolve(SiteWriter.MANIFEST)),
                publication.name(manifest)));
        return steps;
    }

    /**
     * Checks a folder that receives or loses files, or the nearest of its parents that exists (where
     * the missing ones will be made): it must lie inside {@code inside}, through no link that leads
     * out, and be writable.
     */
    private void checkFolder(Path folder, Path inside) throws IOException {
        Path existing = folder;
        while (!Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (checked.containsKey(existing)) {
            return;
        }
        if (!existing.toRealPath().startsWith(inside)) {
            throw new IOException("refusing to write through a link that leaves the output folder: " + folder);
        }
        if (!Files.isWritable(existing)) {
            throw readOnly(existing);
        }
        checked.put(existing, true);
    }

    private static IOException readOnly(Path path) {
        return new IOException("cannot publish: " + path + " is read-only; make it writable (chmod u+w) and build"
                + " again (nothing was published)");
    }

    /**
     * The outermost staged folders that do not exist in the output folder (not even as a link or
     * a file), so that everything below them is this build's and moves as one.
     */
    private Set<String> newFolders() {
        Set<String> whole = new TreeSet<>();
        Map<String, Boolean> free = new HashMap<>();
        for (String path : moving) {
            int slash = path.indexOf('/');
            while (slash > 0) {
                String folder = path.substring(0, slash);
                if (whole.contains(folder)) {
                    break;
                }
                boolean isFree = free.computeIfAbsent(folder, f -> !Files.exists(out.resolve(f), LinkOption.NOFOLLOW_LINKS));
                if (isFree) {
                    whole.add(folder);
                    break;
                }
                slash = path.indexOf('/', slash + 1);
            }
        }
        return whole;
    }

    private static boolean underAny(String path, Set<String> folders) {
        for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
            if (folders.contains(path.substring(0, slash))) {
                return true;
            }
        }
        return false;
    }
}
