package io.backbeat.account;

import io.backbeat.platform.Refusal;
import java.util.Map;

public class WeakPasswordException extends Refusal {

    public WeakPasswordException(String message) {
        super(Kind.INVALID, "weak-password", message);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", "password");
    }
}
