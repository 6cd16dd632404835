package io.backbeat.business;

/** A business that plays Backbeat in its venues, and the account that manages it. */
public record OrganisationView(long id, String name, String manager) {
}
