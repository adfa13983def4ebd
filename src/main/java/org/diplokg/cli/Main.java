package org.diplokg.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.DefaultParser;
import org.apache.commons.cli.HelpFormatter;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import org.apache.commons.cli.ParseException;

/**
 * {@code java -jar diplokg.jar COMMAND [OPTIONS]}. Looks up the command, parses its options and
 * turns every outcome into an exit code in one place: 0 success, 1 failure, 2 usage error.
 */
public final class Main {
    private Main() {
    }

    static Map<String, Command> commands() {
        Map<String, Command> m = new LinkedHashMap<>();
        for (Command c : List.of(new ConvertCommand(), new ValidateCommand(), new ServeCommand(), new EvalCommand(), new BenchCommand(),
                new GazetteerBuildCommand(), new GazetteerRefreshCommand(), new LinkReportCommand(), new PublishCommand(),
                new DumpCommand(), new CompactCommand(), new TrainStatusCommand())) {
            m.put(c.name(), c);
        }
        return m;
    }

    public static void main(String[] args) {
        int code = execute(args, System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    /** Runs a command line; never exits the JVM, so tests can call it. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        Map<String, Command> commands = commands();
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(commands, args.length == 0 ? err : out);
            return args.length == 0 ? ExitCode.USAGE : ExitCode.OK;
        }
        Command cmd = null;
        int used = 0;
        for (int n = Math.min(2, args.length); n >= 1 && cmd == null; n--) {
            cmd = commands.get(String.join(" ", Arrays.asList(args).subList(0, n)));
            used = n;
        }
        if (cmd == null) {
            err.println("diplokg: unknown command '" + args[0] + "'");
            usage(commands, err);
            return ExitCode.USAGE;
        }
        Options options = cmd.options();
        options.addOption(Option.builder("h").longOpt("help").desc("show this help").build());
        options.addOption(Option.builder("q").longOpt("quiet").desc("no progress on stderr").build());
        String[] rest = Arrays.copyOfRange(args, used, args.length);
        if (Arrays.asList(rest).contains("--help") || Arrays.asList(rest).contains("-h")) {
            help(cmd, options, out);
            return ExitCode.OK;
        }
        CommandLine cl;
        try {
            cl = new DefaultParser().parse(options, rest);
        } catch (ParseException e) {
            err.println("diplokg " + cmd.name() + ": " + e.getMessage());
            help(cmd, options, err);
            return ExitCode.USAGE;
        }
        if (cl.hasOption("help")) {
            help(cmd, options, out);
            return ExitCode.OK;
        }
        Console console = new Console(out, err, cl.hasOption("quiet"));
        if (console.quiet) {
            // the server's request log is progress too
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Fuseki", "warn");
            System.setProperty("org.slf4j.simpleLogger.log.org.apache.jena.fuseki.Server", "warn");
        }
        try {
            int code = cmd.run(cl, console);
            return code == ExitCode.OK && console.skippedInputs > 0 ? ExitCode.FAILURE : code;
        } catch (UsageException e) {
            err.println("diplokg " + cmd.name() + ": " + e.getMessage());
            help(cmd, options, err);
            return ExitCode.USAGE;
        } catch (Exception e) {
            err.println("diplokg " + cmd.name() + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            return ExitCode.FAILURE;
        }
    }

    private static void usage(Map<String, Command> commands, PrintStream to) {
        to.println("usage: java -jar diplokg.jar COMMAND [OPTIONS]   (COMMAND --help for details)");
        to.println();
        List<String> lines = new ArrayList<>();
        for (Command c : commands.values()) lines.add(String.format("  %-18s %s", c.name(), c.summary()));
        lines.forEach(to::println);
    }

    static void help(Command cmd, Options options, PrintStream to) {
        java.io.PrintWriter pw = new java.io.PrintWriter(to, true);
        new HelpFormatter().printHelp(pw, 100, "java -jar diplokg.jar " + cmd.name() + " " + cmd.operands(),
                cmd.summary(), options, 2, 2, "");
        pw.flush();
    }
}
