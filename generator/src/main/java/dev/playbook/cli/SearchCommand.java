package dev.playbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.index.LanguageIndexes;
import dev.playbook.index.SectionSearcher;
import dev.playbook.releases.ReleaseFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playbook search}: the built site's Lucene index, from the command line. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Searches the Lucene index of a built site: top sections with title, URL, heading and score.",
                "A multilingual site has one index per language, each with its language's analysis: the default"
                        + " language's is searched unless --lang or --all-languages says otherwise.",
                "Exit codes: 0 results printed (possibly none), 2 usage error or no index."})
final class SearchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DebugOption debug;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "site-out",
            description = "The built site (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--release", paramLabel = "NAME", description = "The release to search (default: the latest).")
    Optional<String> release;

    @Option(names = "--lang", paramLabel = "CODE", description = "The language to search (es, fr, pt-BR...; default: the default language).")
    Optional<String> lang;

    @Option(names = "--all-languages", description = "Search every language's index; each hit names its language and its URL leads into that language's folder.")
    boolean allLanguages;

    @Option(names = {"-n", "--limit"}, paramLabel = "N", defaultValue = "10", description = "How many results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print {\"query\", \"terms\", \"hits\": [...]} as JSON.")
    boolean json;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The words to search for.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        String query = String.join(" ", words);
        if (limit < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 1 or more");
        }
        if (lang.isPresent() && allLanguages) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --lang or --all-languages, not both");
        }
        List<LanguageIndexes.Located> chosen;
        try {
            chosen = chosen(LanguageIndexes.of(ReleaseFolders.find(this.out, release)));
        } catch (IOException e) {
            spec.commandLine().getErr().println("playbook: " + e.getMessage());
            return Main.USAGE;
        }
        if (chosen.isEmpty()) {
            return Main.USAGE;
        }
        List<Found> found = new ArrayList<>();
        List<String> terms = new ArrayList<>();
        for (LanguageIndexes.Located index : chosen) {
            try (SectionSearcher searcher = SectionSearcher.open(index.path())) {
                searcher.search(query, limit).forEach(hit -> found.add(new Found(index, hit)));
                searcher.terms(query).stream().filter(t -> !terms.contains(t)).forEach(terms::add);
            }
        }
        // Each index's own order, then (several languages) score down, the language listed first on ties.
        List<Found> hits = found.stream().sorted(Comparator.comparing((Found f) -> -f.hit().score())).limit(limit).toList();
        boolean labelled = chosen.size() > 1;
        if (json) {
            printJson(out, query, terms, hits, labelled);
        } else if (hits.isEmpty()) {
            out.println("No results for \"" + query + "\".");
        } else {
            int rank = 1;
            for (Found f : hits) {
                SectionSearcher.Hit hit = f.hit();
                out.printf("%2d. %s%s%s  (%.3f)%n    %s%n", rank++, labelled ? "[" + f.index().language() + "] " : "", hit.title(),
                        hit.heading().isEmpty() ? "" : " › " + hit.heading(), hit.score(), f.url());
            }
        }
        return Main.OK;
    }

    /** A hit and the language index it came from; its URL is relative to the release's folder. */
    private record Found(LanguageIndexes.Located index, SectionSearcher.Hit hit) {
        String url() {
            return index.folder() + hit.url();
        }
    }

    /** The indexes to search: every one, the one --lang names, else the default language's. */
    private List<LanguageIndexes.Located> chosen(List<LanguageIndexes.Located> indexes) throws IOException {
        if (indexes.isEmpty()) {
            throw new IOException("no search index in " + ReleaseFolders.find(this.out, release) + " (build the site first)");
        }
        if (allLanguages) {
            return indexes;
        }
        if (lang.isEmpty()) {
            return indexes.subList(0, 1);
        }
        return LanguageIndexes.find(indexes, lang.get()).map(List::of).orElseGet(() -> {
            spec.commandLine().getErr().println("playbook: no search index in language \"" + lang.get() + "\"; this site has "
                    + String.join(", ", indexes.stream().map(LanguageIndexes.Located::language).toList()));
            return List.of();
        });
    }

    private static void printJson(PrintWriter out, String query, List<String> terms, List<Found> hits, boolean labelled)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("query", query);
        terms.forEach(root.putArray("terms")::add);
        ArrayNode list = root.putArray("hits");
        for (Found f : hits) {
            SectionSearcher.Hit hit = f.hit();
            ObjectNode item = list.addObject().put("title", hit.title()).put("url", f.url()).put("section", hit.heading())
                    .put("type", hit.type()).put("score", hit.score()).put("snippet", hit.snippet());
            if (labelled) {
                item.put("language", f.index().language());
            }
        }
        out.println(mapper.writeValueAsString(root));
    }
}
