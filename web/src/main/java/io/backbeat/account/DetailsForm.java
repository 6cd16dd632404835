package io.backbeat.account;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The editable side of {@link AccountDetails}, for forms; the EJB checks the values, not the page. */
public class DetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public record Country(String code, String name) implements Serializable {
    }

    private String email;
    private String name;
    private String street;
    private String postalCode;
    private String city;
    private String country;
    private String phone;

    static DetailsForm of(AccountDetails details) {
        var form = new DetailsForm();
        form.email = details.email();
        form.name = details.name();
        form.street = details.street();
        form.postalCode = details.postalCode();
        form.city = details.city();
        form.country = details.country();
        form.phone = details.phone();
        return form;
    }

    AccountDetails toDetails() {
        return new AccountDetails(email, name, street, postalCode, city, country, phone);
    }

    private static final List<Country> COUNTRIES = Arrays.stream(Locale.getISOCountries())
            .map(code -> new Country(code, new Locale("", code).getDisplayCountry(Locale.ENGLISH)))
            .sorted(Comparator.comparing(Country::name))
            .toList();

    public List<Country> getCountries() {
        return COUNTRIES;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }
}
