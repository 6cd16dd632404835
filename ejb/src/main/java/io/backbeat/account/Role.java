package io.backbeat.account;

/**
 * The roles Elytron hands the container; their names are the role names in @RolesAllowed. ENTERPRISE is a venue
 * manager: a customer who opened an organisation for background music.
 */
public enum Role {
    CUSTOMER, MUSICIAN, ENTERPRISE, ADMIN;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String MUSICIAN_NAME = "MUSICIAN";
    public static final String ENTERPRISE_NAME = "ENTERPRISE";
    public static final String ADMIN_NAME = "ADMIN";
}
