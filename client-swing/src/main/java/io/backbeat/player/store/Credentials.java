package io.backbeat.player.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A customer's e-mail and password, held in memory for this run only, as HTTP Basic credentials. */
public record Credentials(String email, String password) {

    String authorization() {
        return "Basic " + Base64.getEncoder().encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        // Never print the password, whoever logs a record.
        return "Credentials[" + email + "]";
    }
}
