package io.backbeat.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The customer's "general information" the seed's sign-up form collects. The address is optional until
 * something has to be sent or invoiced; the name and e-mail are not.
 */
public record AccountDetails(
        @NotBlank(message = "Enter your e-mail address.")
        @Email(message = "This is not an e-mail address.")
        @Size(max = 254, message = "An e-mail address has at most 254 characters.")
        String email,
        @NotBlank(message = "Enter your name.")
        @Size(max = 120, message = "A name has at most 120 characters.")
        String name,
        @Size(max = 200, message = "A street address has at most 200 characters.")
        String street,
        @Size(max = 20, message = "A postal code has at most 20 characters.")
        String postalCode,
        @Size(max = 100, message = "A city has at most 100 characters.")
        String city,
        @Pattern(regexp = "[A-Z]{2}", message = "Choose a country.")
        String country,
        @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "A phone number has 5 to 30 digits, spaces or + ( ) - . /")
        String phone) {

    public AccountDetails {
        email = email == null ? null : email.strip();
        name = name == null ? null : name.strip();
        street = blankToNull(street);
        postalCode = blankToNull(postalCode);
        city = blankToNull(city);
        country = blankToNull(country);
        phone = blankToNull(phone);
    }

    public static AccountDetails minimal(String email, String name) {
        return new AccountDetails(email, name, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
