package io.backbeat.player.store;

import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

/** The store's certificate is vouched for by no authority and the user has not trusted it (yet). */
final class UntrustedCertificateException extends CertificateException {

    private final transient X509Certificate certificate;

    UntrustedCertificateException(X509Certificate certificate, CertificateException why) {
        super(why.getMessage(), why);
        this.certificate = certificate;
    }

    X509Certificate certificate() {
        return certificate;
    }
}
