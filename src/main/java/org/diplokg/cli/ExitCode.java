package org.diplokg.cli;

/** The only exit codes DiploKG uses, decided in {@link Main#execute}. */
final class ExitCode {
    static final int OK = 0;
    /** The work ran and failed: violations, unreadable articles, a refused write. */
    static final int FAILURE = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;

    private ExitCode() {
    }
}
