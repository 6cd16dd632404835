package io.backbeat.content;

import java.util.regex.Pattern;

/** A stored blob's name (lower-case hex SHA-256 of its bytes) and size. */
public record ContentId(String sha256, long size) {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public ContentId {
        requireValid(sha256);
    }

    /** Guards every look-up: an id is 64 hex digits and nothing else, so it can never walk a path. */
    public static String requireValid(String id) {
        if (id == null || !SHA256.matcher(id).matches()) {
            throw new IllegalArgumentException("Not a content id: " + id);
        }
        return id;
    }
}
