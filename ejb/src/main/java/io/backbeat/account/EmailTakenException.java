package io.backbeat.account;

import io.backbeat.platform.Refusal;

public class EmailTakenException extends Refusal {

    public EmailTakenException(String email) {
        super(Kind.CONFLICT, "email-taken", "An account with the e-mail " + email + " already exists.");
    }
}
