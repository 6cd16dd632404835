package io.backbeat.account;

/** The roles Elytron hands the container; their names are the role names in @RolesAllowed. */
public enum Role {
    CUSTOMER, MUSICIAN, ADMIN;

    public static final String CUSTOMER_NAME = "CUSTOMER";
    public static final String MUSICIAN_NAME = "MUSICIAN";
    public static final String ADMIN_NAME = "ADMIN";
}
