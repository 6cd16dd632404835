package io.backbeat.catalog;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** Asked for a work, album or artist that is not (or not yet) for sale. */
public class NotInCatalogException extends Refusal {

    private final String what;
    private final long id;

    public NotInCatalogException(String what, long id) {
        super(Kind.NOT_FOUND, what + "-not-found", "There is no " + what + " " + id + " in the catalogue.");
        this.what = what;
        this.id = id;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of(what, id);
    }
}
