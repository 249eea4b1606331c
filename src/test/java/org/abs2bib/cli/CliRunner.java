package org.abs2bib.cli;

/** Runs the command in-process for tests outside this package. */
public final class CliRunner {
    private CliRunner() {
    }

    /** Exit code and what the command printed. */
    public record Result(int exit, String out, String err) {
    }

    public static Result run(String... args) {
        return run(new byte[0], args);
    }

    public static Result run(byte[] stdin, String... args) {
        CliTest.Result r = CliTest.run(stdin, args);
        return new Result(r.exit(), r.out(), r.err());
    }
}
