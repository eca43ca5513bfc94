package dev.playbook.build;

import dev.playbook.diag.Problem;
import dev.playbook.diag.Severity;
import dev.playbook.diag.SourcePosition;
import dev.playbook.model.Heading;
import dev.playbook.model.OutLink;
import dev.playbook.model.PageContent;
import dev.playbook.model.PageKind;
import dev.playbook.model.Section;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The stored cache's records as bytes and back. Strings are a length and UTF-8 (a body may pass
 * the 64 KB of {@code writeUTF}); what the reader finds out of range throws, and the stored cache
 * then ignores the whole file.
 */
final class CacheCodec {

    /** More than any real list or string holds: a length past it is a damaged file, not a reason to allocate. */
    private static final int MAX_LENGTH = 256 << 20;

    private CacheCodec() {
    }

    static void string(DataOutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String string(DataInputStream in) throws IOException {
        byte[] bytes = new byte[length(in)];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static int length(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_LENGTH) {
            throw new IOException("length " + length + " out of range");
        }
        return length;
    }

    static void strings(DataOutputStream out, java.util.Collection<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            string(out, text);
        }
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int size = length(in);
        List<String> texts = new ArrayList<>(Math.min(size, 1024));
        for (int i = 0; i < size; i++) {
            texts.add(string(in));
        }
        return texts;
    }

    static void rendered(DataOutputStream out, BuildCache.Rendered rendered) throws IOException {
        string(out, rendered.key());
        string(out, rendered.contentDigest());
        content(out, rendered.content());
        out.writeInt(rendered.problems().size());
        for (Problem problem : rendered.problems()) {
            string(out, problem.file());
            out.writeInt(problem.line());
            out.writeInt(problem.column());
            string(out, problem.severity().name());
            string(out, problem.message());
        }
    }

    static BuildCache.Rendered rendered(DataInputStream in) throws IOException {
        String key = string(in);
        String contentDigest = string(in);
        PageContent content = content(in);
        int size = length(in);
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            problems.add(new Problem(string(in), in.readInt(), in.readInt(), Severity.valueOf(string(in)), string(in)));
        }
        return new BuildCache.Rendered(key, content, List.copyOf(problems), contentDigest);
    }

    static void content(DataOutputStream out, PageContent content) throws IOException {
        string(out, content.html());
        out.writeInt(content.headings().size());
        for (Heading heading : content.headings()) {
            out.writeInt(heading.level());
            string(out, heading.id());
            string(out, heading.text());
        }
        out.writeInt(content.sections().size());
        for (Section section : content.sections()) {
            string(out, section.anchor());
            string(out, section.heading());
            out.writeInt(section.level());
            string(out, section.text());
        }
        string(out, content.excerpt());
        out.writeInt(content.words());
        out.writeInt(content.links().size());
        for (OutLink link : content.links()) {
            string(out, link.fromId());
            string(out, link.toId());
            string(out, link.anchor().orElse(""));
            out.writeBoolean(link.anchor().isPresent());
            string(out, link.at().file());
            out.writeInt(link.at().line());
            out.writeInt(link.at().column());
        }
    }

    static PageContent content(DataInputStream in) throws IOException {
        String html = string(in);
        int count = length(in);
        List<Heading> headings = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            headings.add(new Heading(in.readInt(), string(in), string(in)));
        }
        count = length(in);
        List<Section> sections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sections.add(new Section(string(in), string(in), in.readInt(), string(in)));
        }
        String excerpt = string(in);
        int words = in.readInt();
        count = length(in);
        List<OutLink> links = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String from = string(in);
            String to = string(in);
            String anchor = string(in);
            Optional<String> maybe = in.readBoolean() ? Optional.of(anchor) : Optional.empty();
            links.add(new OutLink(from, to, maybe, new SourcePosition(string(in), in.readInt(), in.readInt())));
        }
        return new PageContent(html, headings, sections, excerpt, words, links);
    }

    static void links(DataOutputStream out, LinkTable table) throws IOException {
        Map<String, LinkTable.Target> sorted = new TreeMap<>(table.pages());
        out.writeInt(sorted.size());
        for (LinkTable.Target target : sorted.values()) {
            string(out, target.id());
            string(out, target.sourcePath());
            string(out, target.url());
            string(out, target.title());
            string(out, target.kind().name());
        }
        strings(out, new TreeSet<>(table.files()));
    }

    static LinkTable links(DataInputStream in) throws IOException {
        int count = length(in);
        Map<String, LinkTable.Target> pages = new HashMap<>();
        for (int i = 0; i < count; i++) {
            LinkTable.Target target = new LinkTable.Target(string(in), string(in), string(in), string(in),
                    PageKind.valueOf(string(in)));
            pages.put(target.id(), target);
        }
        Set<String> files = new HashSet<>(strings(in));
        return new LinkTable(Map.copyOf(pages), Set.copyOf(files));
    }

    static void stamp(DataOutputStream out, AffectedPages.Stamp stamp) throws IOException {
        string(out, stamp.page());
        string(out, stamp.content());
        strings(out, new TreeSet<>(stamp.targets()));
    }

    static AffectedPages.Stamp stamp(DataInputStream in) throws IOException {
        return new AffectedPages.Stamp(string(in), string(in), Set.copyOf(strings(in)));
    }
}
