package io.backbeat.delivery;

import io.backbeat.account.Account;
import io.backbeat.account.Accounts;
import io.backbeat.account.Role;
import io.backbeat.catalog.Work;
import io.backbeat.keys.KeyService;
import io.backbeat.keys.Player;
import io.backbeat.keys.PublicKeys;
import io.backbeat.keys.StoreKey;
import io.backbeat.keys.UnusableKeyException;
import io.backbeat.purchase.Licence;
import io.backbeat.purchase.LicenceNotFoundException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import org.bouncycastle.openpgp.PGPPublicKey;

/**
 * Decides whether a purchase may be downloaded, and for which key: the customer must hold the licence, and the
 * request must carry a fresh, unused stream ticket signed by one of the customer's active players. The answer is
 * everything needed to seal the work for that player as it streams.
 */
@Stateless
@RolesAllowed(Role.CUSTOMER_NAME)
@RunAs(KeyService.ROLE)
public class Deliveries {

    /** What to send and how to seal it. {@code content} is the sold file's content id in the store. */
    public record Delivery(String content, String mediaType, PGPPublicKey recipient, SealedPurchase.Signer signer,
                           SealedPurchase.Facts facts) {
    }

    @PersistenceContext
    EntityManager em;

    @EJB
    Accounts accounts;

    @EJB
    KeyService keys;

    @EJB
    StoreKey storeKey;

    public Delivery authorize(String email, long licenceId, String ticketText) {
        Account customer = accounts.require(email);
        Licence licence = em.find(Licence.class, licenceId);
        if (licence == null || !licence.customer().id().equals(customer.id())) {
            throw new LicenceNotFoundException(licenceId);
        }
        if (!licence.held()) {
            throw DeliveryRefusedException.refunded(licenceId);
        }
        StreamTicket ticket;
        try {
            ticket = StreamTicket.parse(ticketText);
        } catch (InvalidTicketException e) {
            throw ticketText == null || ticketText.isBlank()
                    ? DeliveryRefusedException.basicPlayer()
                    : DeliveryRefusedException.malformedTicket(e.getMessage());
        }
        Player player = keys.accept(ticket, StreamTicket.licence(licenceId));
        if (player.ownerId() != customer.id()) {
            throw DeliveryRefusedException.notYourPlayer();
        }
        return sealedFor(player, licence.work(), licence.id());
    }

    /**
     * The work's sold file sealed for this player, the one way the store hands out a work: under a licence, or
     * ({@code licence} 0) as a zone's scheduled work, which the zone's fee pays for. The caller has checked both.
     */
    @PermitAll
    public Delivery sealedFor(Player player, Work work, long licence) {
        PGPPublicKey recipient;
        try {
            recipient = PublicKeys.check(player.publicKey().getBytes(StandardCharsets.US_ASCII)).encryption();
        } catch (UnusableKeyException e) {
            throw DeliveryRefusedException.unusableKey(e.getMessage());
        }
        return new Delivery(work.soldContent(), "audio/mpeg", recipient, storeKey.signer(),
                new SealedPurchase.Facts(licence, work.id(), player.fingerprint(), "backbeat-work-" + work.id()
                        + ".mp3"));
    }
}
