package io.backbeat.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The song information a musician gives with an upload (the seed's Fig 11 form). The messages are the ones the API
 * and the site show beside each field, so they name the field.
 */
public record WorkDetails(
        @NotBlank(message = "Give the title.") @Size(max = 200, message = "The title is at most 200 characters.")
        String title,
        @Size(max = 200, message = "The album title is at most 200 characters.") String album,
        @Min(value = 1, message = "The track number is from 1 to 999.")
        @Max(value = 999, message = "The track number is from 1 to 999.") Integer trackNumber,
        @NotBlank(message = "Give the genre.") @Size(max = 60, message = "The genre is at most 60 characters.")
        String genre,
        @Min(value = 1900, message = "The year is from 1900 to 2100.")
        @Max(value = 2100, message = "The year is from 1900 to 2100.") Integer year,
        @NotNull MediaType mediaType,
        @Min(value = 0, message = "The price is from 0 to 100000 points.")
        @Max(value = 100_000, message = "The price is from 0 to 100000 points.") int pricePoints,
        boolean explicit,
        boolean licensedForBusiness) {
}
