package io.backbeat.player.store;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The parts of an RFC 9457 problem+json body the player shows. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Problem(String title, Integer status, String detail) {
}
