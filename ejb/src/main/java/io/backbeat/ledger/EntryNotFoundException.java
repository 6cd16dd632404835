package io.backbeat.ledger;

import io.backbeat.platform.Refusal;
import java.util.Map;

/** No journal entry has this id. */
public class EntryNotFoundException extends Refusal {

    private final long entry;

    public EntryNotFoundException(long entry) {
        super(Kind.NOT_FOUND, "entry-not-found", "There is no journal entry " + entry + ".");
        this.entry = entry;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("entry", entry);
    }
}
