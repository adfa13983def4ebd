package org.diplokg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.diplokg.extract.gazetteer.GazetteerLoader;
import org.diplokg.extract.gazetteer.GazetteerMerge;
import org.diplokg.extract.gazetteer.wikidata.GazetteerRefresh;
import org.diplokg.extract.gazetteer.wikidata.SparqlPager;

/**
 * {@code gazetteer refresh}: states, offices, office holders and gatherings from a Wikidata
 * SPARQL endpoint to {@code data/gazetteer/wikidata-extract.ttl}, then a report of where the
 * extract disagrees with the hand-checked gazetteer (which wins when loading).
 */
final class GazetteerRefreshCommand implements Command {
    @Override
    public String name() {
        return "gazetteer refresh";
    }

    @Override
    public String operands() {
        return "";
    }

    @Override
    public String summary() {
        return "Refresh the Wikidata extract of the gazetteer (states, offices, holders since 2000, gatherings).";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("endpoint").hasArg().argName("URL")
                .desc("SPARQL endpoint (default " + GazetteerRefresh.DEFAULT_ENDPOINT + ")").build());
        o.addOption(Option.builder("o").longOpt("output").hasArg().argName("FILE")
                .desc("where to write (default data/gazetteer/" + GazetteerLoader.EXTRACT + ")").build());
        o.addOption(Option.builder().longOpt("page-size").hasArg().argName("N")
                .desc("rows asked for per request (default 5000)").build());
        o.addOption(Option.builder().longOpt("backoff").hasArg().argName("SECONDS")
                .desc("first pause after HTTP 429/503 without Retry-After, doubled each retry (default 5)").build());
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR")
                .desc("hand-checked gazetteer to compare with (default data/gazetteer)").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        URI endpoint;
        try {
            endpoint = new URI(cl.getOptionValue("endpoint", GazetteerRefresh.DEFAULT_ENDPOINT));
        } catch (URISyntaxException e) {
            throw new UsageException("--endpoint is not a URL: " + e.getMessage());
        }
        if (endpoint.getScheme() == null || !endpoint.getScheme().matches("https?")) {
            throw new UsageException("--endpoint must be an http(s) URL, not '" + endpoint + "'");
        }
        int pageSize = positive(cl, "page-size", 5000);
        int backoff = positive(cl, "backoff", 5);
        Path out = Path.of(cl.getOptionValue("output", "data/gazetteer/" + GazetteerLoader.EXTRACT));
        SparqlPager pager = new SparqlPager(endpoint, pageSize, Duration.ofSeconds(backoff), console::info);
        Model extract = new GazetteerRefresh(pager).run(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Inputs.writeAtomically(out, extract.getGraph(), RDFFormat.TURTLE_PRETTY);
        console.info("wrote " + out + " (" + extract.size() + " triples from " + endpoint + ")");
        Path checked = Path.of(cl.getOptionValue("gazetteer", "data/gazetteer"));
        if (Files.isDirectory(checked)) {
            Model hand = GazetteerLoader.readHandChecked(checked);
            var conflicts = GazetteerMerge.merge(hand, extract).conflicts();
            for (GazetteerMerge.Conflict c : conflicts) console.info("conflict: " + c.iri() + ": " + c.detail());
            console.info(conflicts.size() + " conflicts with the hand-checked gazetteer in " + checked
                    + " (the hand-checked entries win)");
        }
        return ExitCode.OK;
    }

    private static int positive(CommandLine cl, String opt, int dflt) throws UsageException {
        if (!cl.hasOption(opt)) return dflt;
        try {
            int n = Integer.parseInt(cl.getOptionValue(opt).strip());
            if (n < 1) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + opt + " must be a positive whole number, not '" + cl.getOptionValue(opt) + "'");
        }
    }
}
