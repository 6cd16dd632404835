package io.backbeat.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a customer tells us to open a musician account: the name they sell under, and who they are. */
public record MusicianDetails(
        @NotBlank(message = "Enter the artist or band name.")
        @Size(max = 200, message = "An artist or band name has at most 200 characters.")
        String name,
        boolean band,
        @Size(max = 60, message = "A genre has at most 60 characters.")
        String genre,
        @Size(max = 4000, message = "A biography has at most 4000 characters.")
        String bio) {
}
