package io.backbeat.business;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;

/** A venue as its manager describes it. The time zone must be an IANA name (Europe/Berlin), not an offset. */
public record VenueDetails(
        @NotBlank(message = "Give the venue a name.")
        @Size(max = 120, message = "A venue's name has at most 120 characters.")
        String name,
        @Size(max = 200, message = "A street has at most 200 characters.")
        String street,
        @Size(max = 20, message = "A postal code has at most 20 characters.")
        String postalCode,
        @Size(max = 100, message = "A city has at most 100 characters.")
        String city,
        @Pattern(regexp = "[A-Z]{2}", message = "A country is its two-letter ISO code, such as DE.")
        String country,
        @NotBlank(message = "Give the venue's time zone, such as Europe/Berlin: its dayparts are read there.")
        String timeZone) {

    /** Whether the time zone is an IANA name this Java knows (Europe/Berlin), rather than an offset or a typo. */
    boolean knownTimeZone() {
        return ZoneId.getAvailableZoneIds().contains(timeZone);
    }
}
