package io.backbeat.player.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A certificate for 127.0.0.1 and localhost that no authority signed, made by the JDK's keytool as WildFly makes the
 * store's own on first start: what a player meets on a store running on the customer's computer.
 */
public final class SelfSignedCertificate {

    private static final char[] PASSWORD = "self-signed".toCharArray();

    private final KeyStore keys;

    private SelfSignedCertificate(KeyStore keys) {
        this.keys = keys;
    }

    /** A new key pair and certificate (each call makes another). */
    public static SelfSignedCertificate make() throws IOException, InterruptedException {
        var folder = Files.createTempDirectory("self-signed");
        var file = folder.resolve("store.p12");
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var process = new ProcessBuilder(keytool, "-genkeypair", "-keystore", file.toString(), "-storetype",
                "PKCS12", "-storepass", new String(PASSWORD), "-alias", "store", "-keyalg", "EC", "-groupname",
                "secp256r1", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost")
                .redirectErrorStream(true).start();
        var said = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("keytool failed: " + said);
        }
        try (InputStream in = Files.newInputStream(file)) {
            var keys = KeyStore.getInstance("PKCS12");
            keys.load(in, PASSWORD);
            return new SelfSignedCertificate(keys);
        } catch (GeneralSecurityException e) {
            throw new IOException("keytool's key store cannot be read", e);
        } finally {
            Files.delete(file);
            Files.delete(folder);
        }
    }

    public X509Certificate certificate() {
        try {
            return (X509Certificate) keys.getCertificate("store");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** TLS for a server that shows this certificate. */
    public SSLContext serverContext() {
        try {
            var managers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            managers.init(keys, PASSWORD);
            var context = SSLContext.getInstance("TLS");
            context.init(managers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
