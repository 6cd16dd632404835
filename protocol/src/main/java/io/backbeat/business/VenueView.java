package io.backbeat.business;

/** A place with zones to play music in; {@code timeZone} is an IANA name such as Europe/Berlin. */
public record VenueView(long id, long organisation, String name, String street, String postalCode, String city,
                        String country, String timeZone) {
}
