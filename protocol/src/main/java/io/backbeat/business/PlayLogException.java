package io.backbeat.business;

/** A play batch that breaks the chain rule ({@link PlayBatch#verify}): the code names the rule. */
public class PlayLogException extends Exception {

    private final String code;

    public PlayLogException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
