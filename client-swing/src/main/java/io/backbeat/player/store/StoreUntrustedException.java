package io.backbeat.player.store;

import java.net.URI;
import java.security.cert.X509Certificate;

/**
 * The store answered HTTPS with a certificate no authority vouches for, which the user has not trusted: normal for a
 * store on one's own computer, a warning sign anywhere else. Nothing was sent.
 */
public final class StoreUntrustedException extends StoreException {

    private final transient X509Certificate certificate;
    private final URI address;

    StoreUntrustedException(URI address, X509Certificate certificate, Throwable cause) {
        super("The store at " + address + " shows a certificate that no authority vouches for (SHA-256 "
                + TrustedCertificates.fingerprint(certificate) + ")", cause);
        this.address = address;
        this.certificate = certificate;
    }

    public URI address() {
        return address;
    }

    public X509Certificate certificate() {
        return certificate;
    }

    public String fingerprint() {
        return TrustedCertificates.fingerprint(certificate);
    }
}
