package io.backbeat.delivery;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.bcpg.HashAlgorithmTags;
import org.bouncycastle.openpgp.PGPException;
import org.bouncycastle.openpgp.PGPPrivateKey;
import org.bouncycastle.openpgp.PGPPublicKey;
import org.bouncycastle.openpgp.PGPSignature;
import org.bouncycastle.openpgp.PGPSignatureGenerator;
import org.bouncycastle.openpgp.PGPSignatureList;
import org.bouncycastle.openpgp.bc.BcPGPObjectFactory;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentSignerBuilder;
import org.bouncycastle.openpgp.operator.bc.BcPGPContentVerifierBuilderProvider;

/**
 * What a registered player sends with each request it makes as itself ({@value #HEADER} header): what for (a
 * licence to download, or the zone it plays), which player, when, and a one-time nonce, signed with the player's
 * own key. Only the holder of that key can make one, so a stream URL is useless to anyone else, and the store
 * accepts each nonce once, so a ticket cannot be replayed. Text form: base64url(payload) "." base64url(OpenPGP
 * signature); the payload is {@code v1 subject fingerprint epoch-seconds nonce}, the subject a licence id
 * ({@code 42}) or a zone ({@code zone-42}).
 */
public record StreamTicket(String subject, String player, Instant issued, String nonce, byte[] payload,
                           byte[] signature) {

    public static final String HEADER = "Backbeat-Ticket";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** The subject of a ticket for downloading this licence. */
    public static String licence(long licence) {
        return Long.toString(licence);
    }

    /** The subject of a ticket for reading this zone's timeline or stream, as the player bound to it. */
    public static String zone(long zone) {
        return "zone-" + zone;
    }

    /** A new ticket for downloading {@code licence}, signed by the player's primary key. */
    public static String issue(long licence, PGPPublicKey player, PGPPrivateKey signingKey) {
        return issue(licence(licence), player, signingKey);
    }

    /** A new ticket for {@code subject} ({@link #licence} or {@link #zone}), signed by the player's primary key. */
    public static String issue(String subject, PGPPublicKey player, PGPPrivateKey signingKey) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String payload = String.join(" ", "v1", subject,
                HexFormat.of().withUpperCase().formatHex(player.getFingerprint()),
                Long.toString(Instant.now().getEpochSecond()), HexFormat.of().formatHex(nonce));
        try {
            var generator = new PGPSignatureGenerator(
                    new BcPGPContentSignerBuilder(player.getAlgorithm(), HashAlgorithmTags.SHA256), player);
            generator.init(PGPSignature.BINARY_DOCUMENT, signingKey);
            byte[] bytes = payload.getBytes(StandardCharsets.US_ASCII);
            generator.update(bytes);
            return ENCODER.encodeToString(bytes) + "." + ENCODER.encodeToString(generator.generate().getEncoded());
        } catch (PGPException | IOException e) {
            throw new IllegalStateException("The player could not sign a stream ticket", e);
        }
    }

    /** The ticket in {@code text}, not yet checked; a malformed one is refused with the reason. */
    public static StreamTicket parse(String text) throws InvalidTicketException {
        if (text == null || text.isBlank()) {
            throw new InvalidTicketException("A registered player's request needs a " + HEADER + " header signed "
                    + "by the player.");
        }
        String[] parts = text.strip().split("\\.");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            byte[] payload = Base64.getUrlDecoder().decode(parts[0]);
            String[] fields = new String(payload, StandardCharsets.US_ASCII).split(" ");
            if (fields.length != 5 || !fields[0].equals("v1") || !fields[1].matches("(zone-)?[0-9]{1,18}")
                    || !fields[2].matches("[0-9A-F]{40}")
                    || !fields[4].matches("[0-9a-f]{32}")) {
                throw new IllegalArgumentException("unknown layout");
            }
            return new StreamTicket(fields[1], fields[2],
                    Instant.ofEpochSecond(Long.parseLong(fields[3])), fields[4], payload,
                    Base64.getUrlDecoder().decode(parts[1]));
        } catch (IllegalArgumentException e) {
            throw new InvalidTicketException("The " + HEADER + " header is not a Backbeat stream ticket.");
        }
    }

    /** True when the ticket was signed by this key (the registered player's primary key). */
    public boolean signedBy(PGPPublicKey key) {
        try {
            Object object = new BcPGPObjectFactory(signature).nextObject();
            if (!(object instanceof PGPSignatureList list) || list.size() != 1) {
                return false;
            }
            PGPSignature candidate = list.get(0);
            if (candidate.getKeyID() != key.getKeyID()) {
                return false;
            }
            candidate.init(new BcPGPContentVerifierBuilderProvider(), key);
            candidate.update(payload);
            return candidate.verify();
        } catch (PGPException | IOException | RuntimeException e) {
            return false;
        }
    }
}
