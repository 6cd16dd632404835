package io.backbeat.keys;

import io.backbeat.platform.Refusal;

/** A public key the key service will not register: not OpenPGP, too weak, expired, without an encryption subkey. */
public class KeyRefusedException extends Refusal {

    public KeyRefusedException(UnusableKeyException reason) {
        super(Kind.INVALID, reason.code(), reason.getMessage());
    }
}
