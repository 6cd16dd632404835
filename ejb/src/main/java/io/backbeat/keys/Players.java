package io.backbeat.keys;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.platform.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bouncycastle.openpgp.PGPSecretKeyRing;

/**
 * A customer's players, both ways the store registers them: a player that made its own key pair sends the public
 * key; or the store makes a personalised player's key pair, hands the secret key over under the customer's
 * passphrase, and keeps only the public key. Runs as the key service's role, the only way to reach it.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
@RunAs(KeyService.ROLE)
public class Players {

    /** Passphrases shorter than this would make the handed-over secret key easy to guess. */
    public static final int MIN_PASSPHRASE = 10;

    /** A personalised player's key pair: registered, and the secret half for the customer alone. */
    public record Personalised(PlayerView player, String secretKey, String storeKey) {
    }

    @EJB
    Accounts accounts;

    @EJB
    KeyService keys;

    @EJB
    StoreKey storeKey;

    /** Registers a key pair the player made; {@code publicKey} is OpenPGP, armored or binary. */
    public PlayerView register(String email, byte[] publicKey, String name) {
        return keys.register(owner(email), publicKey, checkedName(name), false).view();
    }

    /**
     * Makes a key pair for a new player, registers its public key and returns the secret key, locked with the
     * passphrase, which the store does not keep.
     */
    public Personalised personalise(String email, String name, char[] passphrase) {
        String checked = checkedName(name);
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            throw new InvalidInputException(Map.of("passphrase", "Choose a passphrase of at least " + MIN_PASSPHRASE
                    + " characters; the player asks for it to unlock its key."));
        }
        PGPSecretKeyRing ring = PlayerKeys.generate("Backbeat player \"" + checked + "\"", passphrase);
        Player player = keys.register(owner(email),
                PlayerKeys.armor(PlayerKeys.publicRing(ring)).getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                checked, true);
        return new Personalised(player.view(), PlayerKeys.armor(ring), storeKey.publicKey());
    }

    public List<PlayerView> mine(String email) {
        return keys.players(owner(email)).stream().map(Player::view).toList();
    }

    public PlayerView revoke(String email, long player) {
        return keys.revoke(owner(email), player).view();
    }

    /** Whether the customer (by account id) has a player that can receive purchases, which buying requires. */
    public boolean canReceivePurchases(long customerId) {
        return keys.hasActivePlayer(customerId);
    }

    /** Whether this is one of the customer's players and still active: only such a player can play a zone. */
    public boolean activeOf(String email, long player) {
        return keys.players(owner(email)).stream().anyMatch(mine -> mine.id() == player && mine.active());
    }

    /** The key of one of the customer's active players, to check what it signed; empty if not theirs or unusable. */
    public Optional<PublicKeys.PlayerKey> activeKey(String email, long player) {
        return keys.players(owner(email)).stream().filter(mine -> mine.id() == player && mine.active()).findFirst()
                .flatMap(Player::usableKey);
    }

    private long owner(String email) {
        Account account = accounts.require(email);
        return account.id();
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > 80 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(Map.of("name", "Give the player a name of 1 to 80 characters, such as "
                    + "\"Kitchen laptop\", so you can tell your players apart."));
        }
        return stripped;
    }
}
