package org.abs2bib.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.abs2bib.Abs2Bib;
import org.abs2bib.Conversion;
import org.abs2bib.MergePlan;
import org.abs2bib.Options;
import org.abs2bib.dump.Dump;
import org.abs2bib.dump.DumpException;
import org.abs2bib.write.JabRefGroups;
import org.abs2bib.write.Library;
import org.abs2bib.write.LibraryException;

/**
 * {@code --merge LIBRARY}: the library is read, planned against and replaced whole, or left exactly as it was; a
 * library changed on disk meanwhile (open in JabRef) is not overwritten.
 */
final class MergeCommand {
    private final Flags flags;
    private final InputStream stdin;
    private final Messages messages;

    MergeCommand(Flags flags, InputStream stdin, Messages messages) {
        this.flags = flags;
        this.stdin = stdin;
        this.messages = messages;
    }

    int run(Options options) throws UserError, DumpException, IOException {
        Path library = flags.merge;
        Path target = flags.output.equals("-") ? library : Path.of(flags.output);
        if (!target.equals(library)) {
            Output.check(target, flags.force);
        }
        if (Inputs.isInput(library, flags.files)) {
            throw new UserError(library + ": is an input file; abs2bib never overwrites its input");
        }
        Library lib;
        try {
            lib = Library.read(library);
        } catch (LibraryException e) {
            throw new UserError(e.getMessage());
        }
        FileTime stamp = Files.getLastModifiedTime(library);
        Abs2Bib abs2bib = new Abs2Bib(options);
        List<Dump> dumps = Inputs.read(flags.files, stdin);
        Conversion conversion = abs2bib.convert(dumps);
        messages.warnings(conversion.warnings());
        MergePlan plan = abs2bib.mergeInto(lib, conversion);
        byte[] bytes = plan.library();
        if (bytes != null && flags.jabrefGroups) {
            if (lib.hasGroups()) {
                messages.warn(library + " has JabRef groups of its own; they are left as they are and no groups are "
                        + "added");
            } else {
                bytes = concat(bytes, JabRefGroups.comments(plan.added(), options.tags().vocabulary(),
                        !lib.hasDatabaseType()));
            }
        }
        if (flags.verbose) { // one line a paper: the summary below counts them, --verbose names them
            plan.skipped().forEach(line -> messages.say("  " + line));
        }
        if (bytes == null && target.equals(library)) {
            int n = conversion.references().size();
            messages.tell("nothing to add: " + (n == 1 ? "the paper is" : "all " + n + " papers are")
                    + " already in " + library + ", which is left untouched");
            return 0;
        }
        byte[] result = bytes != null ? bytes : Files.readAllBytes(library);
        if (!Files.getLastModifiedTime(library).equals(stamp)) {
            throw new UserError(library + ": changed on disk while abs2bib ran (is it open in JabRef?); nothing "
                    + "written, run again");
        }
        if (flags.backup && target.equals(library)) {
            Path copy = library.resolveSibling(library.getFileName() + "."
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".bak");
            Files.copy(library, copy, StandardCopyOption.COPY_ATTRIBUTES);
            messages.tell("backup of " + library + " in " + copy);
        }
        Output.writeAtomically(target, out -> out.write(result));
        messages.tell("added " + Messages.count(plan.added().size(), "entry", "entries") + " to " + target + "; "
                + Messages.count(plan.skipped().size(), "paper was", "papers were") + " already there"
                + (plan.skipped().isEmpty() || flags.verbose ? "" : " (--verbose lists them)"));
        return 0;
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }
}
