package io.backbeat.keys;

import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * account/players.xhtml: the customer's registered players, revoking a lost one, and getting a personalised player
 * whose key pair the store makes, hands over in a zip under the customer's passphrase, and forgets.
 */
@Named
@ViewScoped
public class PlayersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @EJB
    transient Players players;

    private List<PlayerView> mine;
    private String name;
    private String passphrase;
    private String passphraseAgain;

    @PostConstruct
    void load() {
        mine = players.mine(Pages.user());
    }

    public List<PlayerView> getPlayers() {
        return mine;
    }

    public void revoke(PlayerView player) {
        try {
            players.revoke(Pages.user(), player.id());
            Pages.info("players.revoked", player.name());
        } catch (Refusal refusal) {
            Pages.show(refusal);
        }
        load();
    }

    /** The personalised player's zip, or nothing (and messages) when the form is not right. */
    public StreamedContent getBundle() {
        if (passphrase == null || !passphrase.equals(passphraseAgain)) {
            Pages.show(new io.backbeat.platform.InvalidInputException(java.util.Map.of("passphraseAgain",
                    Pages.text("players.passphraseMismatch"))), "personalise");
            return null;
        }
        try {
            Players.Personalised made = players.personalise(Pages.user(), name, passphrase.toCharArray());
            byte[] zip = PlayerBundle.zip(made, siteRoot());
            name = null;
            passphrase = null;
            passphraseAgain = null;
            load();
            return DefaultStreamedContent.builder().name(PlayerBundle.fileName(made.player()))
                    .contentType("application/zip").contentLength((long) zip.length)
                    .stream(() -> new ByteArrayInputStream(zip)).build();
        } catch (Refusal refusal) {
            Pages.show(refusal, "personalise");
            return null;
        }
    }

    private static URI siteRoot() {
        var request = (jakarta.servlet.http.HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        return URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + "/");
    }

    public String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant);
    }

    /** The fingerprint in groups of four, as gpg prints it, so people can compare it with their player's. */
    public String grouped(String fingerprint) {
        return fingerprint.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPassphrase() {
        return passphrase;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }

    public String getPassphraseAgain() {
        return passphraseAgain;
    }

    public void setPassphraseAgain(String passphraseAgain) {
        this.passphraseAgain = passphraseAgain;
    }
}
