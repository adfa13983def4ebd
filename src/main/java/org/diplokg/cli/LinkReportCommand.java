package org.diplokg.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.diplokg.link.LinkReport;
import org.diplokg.pipeline.ArticleFailure;
import org.diplokg.pipeline.ArticleResult;
import org.diplokg.pipeline.Batch;

/** {@code link-report [INPUT...] [--format table|csv]}: the mentions a curator should add to the gazetteer. */
final class LinkReportCommand implements Command {
    @Override
    public String name() {
        return "link-report";
    }

    @Override
    public String operands() {
        return "[INPUT...]";
    }

    @Override
    public String summary() {
        return "List mentions left unlinked, ambiguous or without a checked Wikidata QID (table or CSV).";
    }

    @Override
    public Options options() {
        Options o = new Options();
        o.addOption(Option.builder().longOpt("format").hasArg().argName("FORMAT")
                .desc("table (default) or csv").build());
        o.addOption(Option.builder().longOpt("gazetteer").hasArg().argName("DIR")
                .desc("gazetteer folder of *.ttl (default: the copy bundled in the jar, from data/gazetteer)").build());
        return o;
    }

    @Override
    public int run(CommandLine cl, Console console) throws Exception {
        String format = cl.getOptionValue("format", "table");
        if (!format.equals("table") && !format.equals("csv")) {
            throw new UsageException("--format must be table or csv, not '" + format + "'");
        }
        List<Path> files = Inputs.articleFiles(cl, console);
        if (files.isEmpty()) throw new UsageException("no *.txt articles in " + Inputs.articles(cl));
        Batch batch = Inputs.pipeline(cl).run(files, console.progress("read"));
        for (ArticleFailure f : batch.failures()) console.err.println("error: " + f.message());
        LinkReport report = new LinkReport();
        for (ArticleResult r : batch.results()) report.add(r.article(), r.meetings());
        List<List<String>> lines = new ArrayList<>();
        lines.add(LinkReport.HEADER);
        report.rows().forEach(r -> lines.add(LinkReport.cells(r)));
        if (format.equals("csv")) {
            for (List<String> l : lines) console.out.print(String.join(",", l.stream().map(LinkReportCommand::csv).toList()) + "\r\n");
        } else {
            table(lines, console);
        }
        console.info(report.rows().size() + " mentions to curate in " + batch.results().size() + " articles");
        return batch.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILURE;
    }

    private static void table(List<List<String>> lines, Console console) {
        int[] w = new int[LinkReport.HEADER.size()];
        for (List<String> l : lines) {
            for (int i = 0; i < w.length; i++) w[i] = Math.max(w[i], l.get(i).length());
        }
        for (List<String> l : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < w.length; i++) {
                String c = l.get(i);
                sb.append(c);
                if (i < w.length - 1) sb.append(" ".repeat(w[i] - c.length() + 2));
            }
            console.out.println(sb.toString().stripTrailing());
        }
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; quotes doubled. */
    static String csv(String cell) {
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return "\"" + cell.replace("\"", "\"\"") + "\"";
        }
        return cell;
    }
}
