package dev.playbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playbook.index.SectionSearcher;
import dev.playbook.releases.ReleaseFolders;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code playbook search}: the built site's Lucene index, from the command line. */
@Command(name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = Main.VersionProvider.class,
        description = {"Searches the Lucene index of a built site: top sections with title, URL, heading and score.",
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
        SectionSearcher searcher;
        try {
            searcher = SectionSearcher.open(ReleaseFolders.find(this.out, release));
        } catch (IOException e) {
            spec.commandLine().getErr().println("playbook: " + e.getMessage());
            return Main.USAGE;
        }
        try (searcher) {
            List<SectionSearcher.Hit> hits = searcher.search(query, limit);
            if (json) {
                printJson(out, query, searcher.terms(query), hits);
            } else if (hits.isEmpty()) {
                out.println("No results for \"" + query + "\".");
            } else {
                int rank = 1;
                for (SectionSearcher.Hit hit : hits) {
                    out.printf("%2d. %s%s  (%.3f)%n    %s%n", rank++, hit.title(),
                            hit.heading().isEmpty() ? "" : " › " + hit.heading(), hit.score(), hit.url());
                }
            }
        }
        return Main.OK;
    }

    private static void printJson(PrintWriter out, String query, List<String> terms, List<SectionSearcher.Hit> hits)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode().put("query", query);
        terms.forEach(root.putArray("terms")::add);
        ArrayNode list = root.putArray("hits");
        for (SectionSearcher.Hit hit : hits) {
            list.addObject().put("title", hit.title()).put("url", hit.url()).put("section", hit.heading())
                    .put("type", hit.type()).put("score", hit.score()).put("snippet", hit.snippet());
        }
        out.println(mapper.writeValueAsString(root));
    }
}
