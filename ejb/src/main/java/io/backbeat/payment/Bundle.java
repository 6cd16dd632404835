package io.backbeat.payment;

import java.util.ArrayList;
import java.util.List;

/** So many points for so many cents: what a customer can buy with a card. */
public record Bundle(int points, int priceCents, String currency) {

    /**
     * The bundles from configuration: {@code points:priceCents} pairs separated by commas, for example
     * {@code 500:499,1200:999}. A mistake stops the deployment with the offending part named, never a silent default.
     */
    static List<Bundle> parse(String config, String currency) {
        var bundles = new ArrayList<Bundle>();
        for (String part : config.split(",")) {
            String[] pair = part.strip().split(":");
            try {
                if (pair.length != 2) {
                    throw new NumberFormatException();
                }
                var bundle = new Bundle(Integer.parseInt(pair[0].strip()), Integer.parseInt(pair[1].strip()), currency);
                if (bundle.points() <= 0 || bundle.priceCents() < 50
                        || bundles.stream().anyMatch(b -> b.points() == bundle.points())) {
                    throw new NumberFormatException();
                }
                bundles.add(bundle);
            } catch (NumberFormatException e) {
                throw new IllegalStateException("backbeat.points.bundles: \"" + part.strip() + "\" is not points:cents "
                        + "with distinct points above 0 and a price of 50 cents at least (in \"" + config + "\")");
            }
        }
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalStateException("backbeat.points.currency: \"" + currency + "\" is not an ISO 4217 code");
        }
        return List.copyOf(bundles);
    }
}
