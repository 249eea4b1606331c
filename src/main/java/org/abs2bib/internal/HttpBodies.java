package org.abs2bib.internal;

import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.core5.http.ClassicHttpResponse;

/** A response's body, read whole up to a bound: a larger answer is not the service's, and is refused. */
public final class HttpBodies {
    private HttpBodies() {
    }

    public static byte[] read(ClassicHttpResponse response, int max) throws IOException {
        if (response.getEntity() == null) {
            return new byte[0];
        }
        byte[] body;
        try (InputStream in = response.getEntity().getContent()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            throw new IOException("response larger than " + max + " bytes");
        }
        return body;
    }
}
