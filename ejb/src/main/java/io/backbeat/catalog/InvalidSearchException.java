package io.backbeat.catalog;

import io.backbeat.platform.Refusal;
import java.util.Map;

public class InvalidSearchException extends Refusal {

    private final String parameter;

    public InvalidSearchException(String parameter, String message) {
        super(Kind.INVALID, "invalid-search", message);
        this.parameter = parameter;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("parameter", parameter);
    }
}
