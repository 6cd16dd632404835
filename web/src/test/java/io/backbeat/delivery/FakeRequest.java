package io.backbeat.delivery;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;

/** A request with a method and headers; asking it anything else fails the test, so nothing is faked by accident. */
final class FakeRequest {

    private final String method;
    private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private FakeRequest(String method) {
        this.method = method;
    }

    static FakeRequest get() {
        return new FakeRequest("GET");
    }

    static FakeRequest head() {
        return new FakeRequest("HEAD");
    }

    FakeRequest header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    HttpServletRequest servletRequest() {
        return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, called, args) -> switch (called.getName()) {
                    case "getMethod" -> method;
                    case "getHeader" -> headers.get((String) args[0]);
                    case "toString" -> method + " " + headers;
                    default -> throw new UnsupportedOperationException("FakeRequest." + called.getName());
                });
    }
}
