package io.backbeat.catalog;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The song information a musician gives with an upload (the seed's Fig 11 form). */
public record WorkDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) String album,
        @Min(1) @Max(999) Integer trackNumber,
        @NotBlank @Size(max = 60) String genre,
        @Min(1900) @Max(2100) Integer year,
        @NotNull MediaType mediaType,
        @Min(0) @Max(100_000) int pricePoints,
        boolean explicit,
        boolean licensedForBusiness) {
}
