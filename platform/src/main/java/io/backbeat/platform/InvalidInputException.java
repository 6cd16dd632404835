package io.backbeat.platform;

import jakarta.validation.ConstraintViolation;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Input that breaks its constraints: one message per field, so forms and API clients can show each in place. */
public class InvalidInputException extends Refusal {

    private final Map<String, String> fields;

    public InvalidInputException(Map<String, String> fields) {
        super(Kind.INVALID, "invalid-input", String.join(" ", new TreeMap<>(fields).values()));
        this.fields = Map.copyOf(fields);
    }

    public static <T> T requireValid(jakarta.validation.Validator validator, T input) {
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        if (!violations.isEmpty()) {
            var fields = new TreeMap<String, String>();
            violations.forEach(v -> fields.merge(v.getPropertyPath().toString(), v.getMessage(), (a, b) -> a));
            throw new InvalidInputException(fields);
        }
        return input;
    }

    public Map<String, String> fields() {
        return fields;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("fields", fields);
    }
}
