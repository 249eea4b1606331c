package org.abs2bib.write;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;
import org.jbibtex.Value;

/**
 * jbibtex's formatter with the layout people keep in their files: two-space indent, field names padded so the
 * {@code =} signs line up (bibtex-tidy's {@code --align}), one field a line, braced values, a newline at the end.
 * jbibtex itself indents with a tab, does not align, and ends without a newline.
 */
final class AlignedFormatter extends BibTeXFormatter {
    private final int align;

    AlignedFormatter(int align) {
        this.align = align;
    }

    @Override
    protected void format(BibTeXEntry entry, Writer out) throws IOException {
        out.write('@');
        out.write(entry.getType().getValue());
        out.write('{');
        out.write(entry.getKey().getValue());
        for (Map.Entry<Key, Value> field : entry.getFields().entrySet()) {
            out.write(",\n  ");
            String name = field.getKey().getValue();
            out.write(name);
            for (int k = name.length(); k < align; k++) {
                out.write(' ');
            }
            out.write(" = ");
            out.write(braced(field.getValue()));
        }
        out.write("\n}\n");
    }

    private static String braced(Value value) {
        String text = value.toUserString();
        if (!Braces.balanced(text)) {
            // LatexText escapes every brace it does not write itself, so this is a bug, not bad input
            throw new IllegalStateException("unbalanced braces in field value: " + text);
        }
        return value instanceof StringValue s && s.getStyle() == StringValue.Style.QUOTED
                ? '"' + text + '"' : '{' + text + '}';
    }
}
