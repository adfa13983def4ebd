package org.diplokg.cli;

/** A command line that cannot be run as given; exits 2 with the command's usage. */
class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}
