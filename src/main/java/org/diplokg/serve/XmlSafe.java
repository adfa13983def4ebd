package org.diplokg.serve;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * XML results that stay well-formed: XML 1.0 cannot carry the control characters U+0000–U+0008,
 * U+000B, U+000C and U+000E–U+001F, not even as character references, so a literal holding one
 * would make a client's parser fail on the whole result. In XML responses they are replaced by
 * U+FFFD (the replacement character), raw or as a reference; other formats are left alone.
 */
final class XmlSafe implements Filter {
    private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        Wrapper w = new Wrapper((HttpServletResponse) response);
        try {
            chain.doFilter(request, w);
        } finally {
            w.finish();
        }
    }

    static boolean forbidden(int b) {
        return b >= 0 && b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D;
    }

    private static final class Wrapper extends HttpServletResponseWrapper {
        private ServletOutputStream stream;
        private Boolean xml;

        Wrapper(HttpServletResponse r) {
            super(r);
        }

        private boolean xml() {
            if (xml == null) {
                String t = getContentType() == null ? "" : getContentType().toLowerCase(Locale.ROOT);
                xml = t.contains("xml");
            }
            return xml;
        }

        @Override
        public void setContentLength(int len) {
            if (getContentType() == null || !getContentType().contains("xml")) super.setContentLength(len);
        }

        @Override
        public void setContentLengthLong(long len) {
            if (getContentType() == null || !getContentType().contains("xml")) super.setContentLengthLong(len);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            if (stream != null) return stream;
            ServletOutputStream out = super.getOutputStream();
            stream = new ServletOutputStream() {
                // "&#x1;" or "&#1;" references are held back until they are known to be harmless
                private final StringBuilder ref = new StringBuilder();

                @Override
                public void write(int b) throws IOException {
                    b &= 0xFF;
                    if (!xml()) {
                        out.write(b);
                        return;
                    }
                    if (ref.length() > 0) {
                        ref.append((char) b);
                        if (b == ';') {
                            String r = ref.toString();
                            ref.setLength(0);
                            int code = codeOf(r);
                            if (code >= 0 && forbidden(code)) out.write(REPLACEMENT);
                            else out.write(r.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        } else if (ref.length() > 10 || !(Character.isLetterOrDigit(b) || b == '#')) {
                            out.write(ref.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                            ref.setLength(0);
                        }
                        return;
                    }
                    if (b == '&') {
                        ref.append('&');
                    } else if (forbidden(b)) {
                        out.write(REPLACEMENT);
                    } else {
                        out.write(b);
                    }
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    if (!xml()) {
                        out.write(b, off, len);
                        return;
                    }
                    for (int i = off; i < off + len; i++) write(b[i]);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public void close() throws IOException {
                    drain();
                    out.close();
                }

                void drain() throws IOException {
                    if (ref.length() > 0) {
                        out.write(ref.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
                        ref.setLength(0);
                    }
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener l) {
                    out.setWriteListener(l);
                }
            };
            return stream;
        }

        void finish() throws IOException {
            if (stream != null) stream.flush();
        }
    }

    /** The code point of "&#N;" or "&#xH;", or -1 for any other entity. */
    static int codeOf(String ref) {
        try {
            if (ref.startsWith("&#x") || ref.startsWith("&#X")) return Integer.parseInt(ref.substring(3, ref.length() - 1), 16);
            if (ref.startsWith("&#")) return Integer.parseInt(ref.substring(2, ref.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
