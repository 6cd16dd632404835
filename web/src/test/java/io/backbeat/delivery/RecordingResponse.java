package io.backbeat.delivery;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

/** Records what was sent: status, headers, declared length and body, as a client would see them. */
final class RecordingResponse {

    int status = HttpServletResponse.SC_OK;
    String contentType;
    long contentLength = -1;
    final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    byte[] body() {
        return body.toByteArray();
    }

    HttpServletResponse servletResponse() {
        return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, called, args) -> {
                    switch (called.getName()) {
                        case "setStatus" -> status = (Integer) args[0];
                        case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                        case "setContentType" -> contentType = (String) args[0];
                        case "setContentLengthLong" -> contentLength = (Long) args[0];
                        case "getOutputStream" -> {
                            return outputStream();
                        }
                        case "toString" -> {
                            return "response " + status + " " + headers;
                        }
                        default -> throw new UnsupportedOperationException("RecordingResponse." + called.getName());
                    }
                    return null;
                });
    }

    private ServletOutputStream outputStream() {
        return new ServletOutputStream() {
            @Override
            public void write(int b) {
                body.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                body.write(bytes, offset, length);
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {
                throw new UnsupportedOperationException("blocking writes only");
            }
        };
    }
}
