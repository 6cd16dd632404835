package io.backbeat.player.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * Store certificates the user chose to trust although no authority vouches for them (a store on one's own computer
 * has a self-signed one), kept in the data folder as PEM, like SSH's known hosts: trusted on first use, then held to.
 */
public final class TrustedCertificates {

    private static final String FILE = "trusted-certificates.pem";
    private static final String BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String END = "-----END CERTIFICATE-----";

    private final Path file;
    private final List<X509Certificate> trusted = new ArrayList<>();

    /** The certificates trusted in {@code dataFolder}; a file that cannot be read trusts nothing. */
    public TrustedCertificates(Path dataFolder) {
        this.file = dataFolder.resolve(FILE);
        try {
            if (Files.exists(file)) {
                var certificates = CertificateFactory.getInstance("X.509")
                        .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file)));
                certificates.forEach(certificate -> trusted.add((X509Certificate) certificate));
            }
        } catch (IOException | CertificateException unreadable) {
            trusted.clear();
        }
    }

    public synchronized boolean trusts(X509Certificate certificate) {
        return trusted.contains(certificate);
    }

    /** Trusts {@code certificate} from now on, in this run and the next ones. */
    public synchronized void trust(X509Certificate certificate) throws IOException {
        if (trusted.contains(certificate)) {
            return;
        }
        var pem = new StringBuilder();
        var base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
        for (var each : concat(trusted, certificate)) {
            pem.append(BEGIN).append('\n').append(base64.encodeToString(encoded(each))).append('\n').append(END)
                    .append('\n');
        }
        Files.createDirectories(file.getParent());
        var written = Files.writeString(file.resolveSibling(FILE + ".new"), pem);
        Files.move(written, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        trusted.add(certificate);
    }

    private static List<X509Certificate> concat(List<X509Certificate> these, X509Certificate another) {
        var all = new ArrayList<>(these);
        all.add(another);
        return all;
    }

    /** The SHA-256 fingerprint as keytool and browsers show it: {@code AB:CD:…}. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(encoded(certificate));
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JDK has SHA-256", impossible);
        }
    }

    private static byte[] encoded(X509Certificate certificate) {
        try {
            return certificate.getEncoded();
        } catch (CertificateEncodingException impossible) {
            throw new IllegalStateException("a parsed certificate encodes", impossible);
        }
    }
}
