package io.backbeat.keys;

/** The passphrase does not unlock the secret key. */
public class WrongPassphraseException extends Exception {

    public WrongPassphraseException() {
        super("The passphrase does not unlock this key.");
    }
}
