package io.backbeat.ledger;

import io.backbeat.purchase.LicenceStatus;
import io.backbeat.purchase.Purchases;
import io.backbeat.site.Pages;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** account/points.xhtml: what the customer holds, what it bought, and every movement of its points. */
@Named
@ViewScoped
public class PointsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @EJB
    transient Ledger ledger;

    @EJB
    transient Purchases purchases;

    private PointsStatement statement;
    private List<LicenceStatus> licences;

    /** Reads the balance, the music and the movements again, after points moved while the page was open. */
    @PostConstruct
    public void refresh() {
        statement = ledger.statement(Pages.user());
        licences = purchases.mine(Pages.user());
    }

    public PointsStatement getStatement() {
        return statement;
    }

    public List<LicenceStatus> getLicences() {
        return licences;
    }

    public String points(long points) {
        return Pages.text("points.amount", String.format(Locale.ENGLISH, "%,d", points));
    }

    public String signed(long points) {
        return String.format(Locale.ENGLISH, "%+,d", points);
    }

    public String date(String instant) {
        return DATE.format(Instant.parse(instant));
    }
}
