package io.backbeat.diagnostics;

import io.backbeat.platform.Refusal;
import java.util.Map;
import java.util.UUID;

/** The deliberate end of a ROLL_BACK probe: the row and the message it wrote are undone. */
public class ProbeRolledBackException extends Refusal {

    private final UUID probeId;

    public ProbeRolledBackException(UUID probeId) {
        super(Kind.CONFLICT, "probe-rolled-back", "Probe " + probeId + " was written and queued, then rolled back as asked.");
        this.probeId = probeId;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("probeId", probeId.toString());
    }
}
