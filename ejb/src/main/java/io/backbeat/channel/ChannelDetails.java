package io.backbeat.channel;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new channel as an administrator describes it: {@code {"slug", "title", "genre", "kind"}}. */
public record ChannelDetails(
        @NotNull(message = "A channel needs a slug, its name in /stream/channel/{slug}.")
        @Pattern(regexp = "[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?", message = "A slug is 1 to 60 lower-case letters, "
                + "digits and inner hyphens, as in lobby-jazz.")
        String slug,
        @NotBlank(message = "A channel needs a title.")
        @Size(max = 100, message = "A channel's title has at most 100 characters.")
        String title,
        @NotBlank(message = "A channel needs the genre it plays.")
        @Size(max = 60, message = "A genre has at most 60 characters.")
        String genre,
        @NotNull(message = "A channel needs a kind: RANDOM_GENRE.")
        ChannelKind kind) {
}
