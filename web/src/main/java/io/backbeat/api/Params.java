package io.backbeat.api;

import io.backbeat.catalog.InvalidSearchException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Numbers from query strings, read by hand: JAX-RS answers 404 to "page=abc", which tells the client nothing.
 */
public final class Params {

    private Params() {
    }

    public static int integer(String value, String name, int fallback) {
        Integer parsed = optionalInteger(value, name);
        return parsed == null ? fallback : parsed;
    }

    public static Integer optionalInteger(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidSearchException(name, "The parameter " + name + " must be a whole number, not \""
                    + value + "\".");
        }
    }

    public static <E extends Enum<E>> E choice(String value, String name, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        throw new InvalidSearchException(name, "The parameter " + name + " must be one of "
                + Arrays.toString(type.getEnumConstants()).toLowerCase(Locale.ROOT) + ".");
    }
}
