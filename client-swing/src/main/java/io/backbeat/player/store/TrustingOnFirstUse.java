package io.backbeat.player.store;

import java.net.Socket;
import java.security.KeyStore;
import java.security.KeyStoreException;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The JDK's own judgement of a store's certificate (the system's authorities, the host name), and where that fails,
 * the certificates the user trusted: a certificate trusted by the user is the store's identity, whatever the host.
 */
final class TrustingOnFirstUse extends X509ExtendedTrustManager {

    private final X509ExtendedTrustManager authorities;
    private final TrustedCertificates trusted;

    TrustingOnFirstUse(TrustedCertificates trusted) {
        this.trusted = trusted;
        try {
            var factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            this.authorities = Arrays.stream(factory.getTrustManagers())
                    .filter(X509ExtendedTrustManager.class::isInstance).map(X509ExtendedTrustManager.class::cast)
                    .findFirst().orElseThrow(() -> new IllegalStateException("the JDK has no X.509 trust manager"));
        } catch (NoSuchAlgorithmException | KeyStoreException e) {
            throw new IllegalStateException("the JDK's trust store cannot be read", e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        try {
            authorities.checkServerTrusted(chain, authType, socket);
        } catch (CertificateException e) {
            orTrustedByUser(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        try {
            authorities.checkServerTrusted(chain, authType, engine);
        } catch (CertificateException e) {
            orTrustedByUser(chain, e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        try {
            authorities.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            orTrustedByUser(chain, e);
        }
    }

    private void orTrustedByUser(X509Certificate[] chain, CertificateException why) throws CertificateException {
        if (chain.length == 0) {
            throw why;
        }
        if (!trusted.trusts(chain[0])) {
            throw new UntrustedCertificateException(chain[0], why);
        }
        chain[0].checkValidity();
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        authorities.checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        authorities.checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        authorities.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return authorities.getAcceptedIssuers();
    }
}
