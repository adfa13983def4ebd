package org.diplokg.cli;

import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Options;

/** One CLI command: declares its options, parses nothing itself, and calls the library. */
interface Command {
    /** The words that name it, e.g. {@code "convert"} or {@code "gazetteer build"}. */
    String name();

    /** Operands, for the usage line, e.g. {@code "[INPUT...]"}. */
    String operands();

    String summary();

    Options options();

    /** Runs with parsed options; returns the exit code (see {@link ExitCode}). */
    int run(CommandLine cl, Console console) throws Exception;
}
