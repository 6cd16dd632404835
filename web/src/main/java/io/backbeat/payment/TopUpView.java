package io.backbeat.payment;

import io.backbeat.ledger.PointsPage;
import io.backbeat.platform.InvalidInputException;
import io.backbeat.platform.Refusal;
import io.backbeat.site.Pages;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * The card form on the points page (HTTPS only). The page view carries one Idempotency-Key, so a double click or a
 * resent form charges once; a decline keeps nothing, the key included, so the customer can fix the card and try
 * again. Once a bundle is bought the form gives way to the receipt: another purchase is another page view. The card's
 * fields live in this view only until the request is answered; they are never stored or logged.
 */
@Named
@ViewScoped
public class TopUpView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient TopUps topUps;

    @Inject
    PointsPage page;

    private final String key = UUID.randomUUID().toString();
    private Integer bundle;
    private String number;
    private Integer expMonth;
    private Integer expYear;
    private String cvc;
    private TopUpReceipt receipt;

    public List<Bundle> getBundles() {
        return topUps.bundles();
    }

    public List<Integer> getMonths() {
        return IntStream.rangeClosed(1, 12).boxed().toList();
    }

    /** This year and the next fifteen: no card is issued for longer. */
    public List<Integer> getYears() {
        int year = Year.now(ZoneOffset.UTC).getValue();
        return IntStream.rangeClosed(year, year + 15).boxed().toList();
    }

    public String price(Bundle offer) {
        return String.format(Locale.ENGLISH, "%,d points · %s %.2f", offer.points(), offer.currency(),
                offer.priceCents() / 100.0);
    }

    public void buy() {
        try {
            Long points = bundle == null ? null : bundle.longValue();
            receipt = topUps.buy(Pages.user(), points, new Card.Details(number, expMonth, expYear, cvc), key);
            page.refresh();
            Pages.info("topUp.bought", String.format(Locale.ENGLISH, "%,d", receipt.points()), receipt.brand(),
                    receipt.last4(), String.format(Locale.ENGLISH, "%,d", receipt.balance()));
        } catch (InvalidInputException invalid) {
            // The API names the card's fields card.number and so on; the form's inputs are number and so on.
            var fields = new TreeMap<String, String>();
            invalid.fields().forEach((field, message) -> fields.put(field.replaceFirst("^card\\.", ""), message));
            Pages.show(new InvalidInputException(fields), "topUp");
        } catch (Refusal refusal) {
            Pages.show(refusal);
        } finally {
            number = null;
            cvc = null;
        }
    }

    public TopUpReceipt getReceipt() {
        return receipt;
    }

    public Integer getBundle() {
        return bundle;
    }

    public void setBundle(Integer bundle) {
        this.bundle = bundle;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Integer getExpMonth() {
        return expMonth;
    }

    public void setExpMonth(Integer expMonth) {
        this.expMonth = expMonth;
    }

    public Integer getExpYear() {
        return expYear;
    }

    public void setExpYear(Integer expYear) {
        this.expYear = expYear;
    }

    public String getCvc() {
        return cvc;
    }

    public void setCvc(String cvc) {
        this.cvc = cvc;
    }
}
