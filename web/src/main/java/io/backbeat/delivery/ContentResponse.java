package io.backbeat.delivery;

import io.backbeat.content.ContentStore;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HttpString;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.regex.Pattern;

/**
 * Sends one stored file over HTTP the way media players expect: a known length, a strong ETag (the content id
 * is the hash of the bytes), and single byte ranges (206) so players can seek. Any other Range (several ranges,
 * another unit) is ignored and the whole file sent, as RFC 9110 allows; a malformed or unsatisfiable single byte
 * range is 416 with {@code Content-Range: bytes *}{@code /length}.
 */
final class ContentResponse {

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d*)-(\\d*)", Pattern.CASE_INSENSITIVE);

    private ContentResponse() {
    }

    /** The bytes a response carries: from {@code first}, {@code count} of them; {@code whole} when that is all. */
    record Part(long first, long count, boolean whole) {
    }

    /** What the rules read and set: a servlet's request and response, or an Undertow exchange served before them. */
    interface Http {

        String method();

        String requestHeader(String name);

        void status(int status);

        void header(String name, String value);

        void contentType(String mediaType);

        void contentLength(long length);

        static Http of(HttpServletRequest request, HttpServletResponse response) {
            return new Http() {
                @Override
                public String method() {
                    return request.getMethod();
                }

                @Override
                public String requestHeader(String name) {
                    return request.getHeader(name);
                }

                @Override
                public void status(int status) {
                    response.setStatus(status);
                }

                @Override
                public void header(String name, String value) {
                    response.setHeader(name, value);
                }

                @Override
                public void contentType(String mediaType) {
                    response.setContentType(mediaType);
                }

                @Override
                public void contentLength(long length) {
                    response.setContentLengthLong(length);
                }
            };
        }

        static Http of(HttpServerExchange exchange) {
            return new Http() {
                @Override
                public String method() {
                    return exchange.getRequestMethod().toString();
                }

                @Override
                public String requestHeader(String name) {
                    return exchange.getRequestHeaders().getFirst(name);
                }

                @Override
                public void status(int status) {
                    exchange.setStatusCode(status);
                }

                @Override
                public void header(String name, String value) {
                    exchange.getResponseHeaders().put(HttpString.tryFromString(name), value);
                }

                @Override
                public void contentType(String mediaType) {
                    header("Content-Type", mediaType);
                }

                @Override
                public void contentLength(long length) {
                    exchange.setResponseContentLength(length);
                }
            };
        }
    }

    /**
     * True when everything from the first byte to the last was sent, with or without a Range ({@code bytes=0-} is
     * how an audio element starts playing): a new listener, not a seek, a probe of a few bytes or a HEAD.
     */
    static boolean send(ContentStore store, String contentId, String mediaType, String cacheControl,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        Part part = prepare(contentId, store.size(contentId), mediaType, cacheControl, Http.of(request, response));
        if (part == null) {
            return false;
        }
        copy(store, contentId, part.first(), part.count(), response);
        return part.whole();
    }

    /**
     * Decides the answer and sets its status and headers; the one home of this code's HTTP conditional and range
     * rules. Null when the answer is complete without a body (304, 416, HEAD); else the part the body must carry.
     */
    static Part prepare(String contentId, long length, String mediaType, String cacheControl, Http http) {
        String etag = '"' + contentId + '"';
        http.header("ETag", etag);
        http.header("Accept-Ranges", "bytes");
        http.header("Cache-Control", cacheControl);
        if (matchesAny(http.requestHeader("If-None-Match"), etag)) {
            http.contentType(mediaType);
            http.status(HttpServletResponse.SC_NOT_MODIFIED);
            return null;
        }
        long first = 0;
        long last = length - 1;
        String range = http.requestHeader("Range");
        String ifRange = http.requestHeader("If-Range");
        if (range != null && isSingleByteRange(range) && (ifRange == null || ifRange.equals(etag))) {
            var matcher = RANGE.matcher(range.strip());
            if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
                return unsatisfiable(http, length);
            }
            if (matcher.group(1).isEmpty()) {
                first = Math.max(0, length - position(matcher.group(2)));
            } else {
                first = position(matcher.group(1));
                last = matcher.group(2).isEmpty() ? last : Math.min(last, position(matcher.group(2)));
            }
            if (first > last || first >= length) {
                return unsatisfiable(http, length);
            }
            http.status(HttpServletResponse.SC_PARTIAL_CONTENT);
            http.header("Content-Range", "bytes " + first + "-" + last + "/" + length);
        }
        http.contentType(mediaType);
        http.contentLength(last - first + 1);
        if ("HEAD".equals(http.method())) {
            return null;
        }
        return new Part(first, last - first + 1, first == 0 && last == length - 1);
    }

    /** If-None-Match may list several tags, weak ones or "*"; any of them naming these bytes means "unchanged". */
    private static boolean matchesAny(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.equals("*") || candidate.equals(etag) || candidate.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }

    /** Only "bytes=" with one range is served as a part; a malformed single byte range is still refused (416). */
    private static boolean isSingleByteRange(String range) {
        String value = range.strip();
        return value.regionMatches(true, 0, "bytes=", 0, "bytes=".length()) && value.indexOf(',') < 0;
    }

    /** More digits than a long holds mean "beyond any file", not a server error. */
    private static long position(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    private static Part unsatisfiable(Http http, long length) {
        http.status(HttpServletResponse.SC_REQUESTED_RANGE_NOT_SATISFIABLE);
        http.header("Content-Range", "bytes */" + length);
        return null;
    }

    private static void copy(ContentStore store, String contentId, long from, long count,
                             HttpServletResponse response) throws IOException {
        try (var channel = store.open(contentId); var out = Channels.newChannel(response.getOutputStream())) {
            channel.position(from);
            var buffer = ByteBuffer.allocate(32 * 1024);
            long left = count;
            while (left > 0) {
                buffer.clear().limit((int) Math.min(buffer.capacity(), left));
                int read = channel.read(buffer);
                if (read < 0) {
                    break;
                }
                buffer.flip();
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                left -= read;
            }
        }
    }
}
