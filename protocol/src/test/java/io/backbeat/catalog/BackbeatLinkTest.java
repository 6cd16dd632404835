package io.backbeat.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class BackbeatLinkTest {

    @Test
    void aFormattedLinkReadsBackTheSame() {
        var link = new BackbeatLink(URI.create("https://store.example:8443"), 42, "Blue = Green: a song", "Ünïcode");

        assertThat(BackbeatLink.parse(link.format())).isEqualTo(link);
    }

    @Test
    void theLinkPointsAtThePreviewStream() {
        var link = new BackbeatLink(URI.create("http://localhost:8080"), 7, "t", "a");

        assertThat(link.previewUri()).hasToString("http://localhost:8080/stream/preview/7");
    }

    @Test
    void somethingElseIsRefusedPlainly() {
        assertThatThrownBy(() -> BackbeatLink.parse("hello=world"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a Backbeat link");
        assertThatThrownBy(() -> BackbeatLink.parse("format=backbeat-link/1\nserver=http://x\nwork=seven"))
                .hasMessageContaining("not a number: seven");
        assertThatThrownBy(() -> BackbeatLink.parse("format=backbeat-link/1\nserver=file:/etc/passwd\nwork=1"))
                .hasMessageContaining("must be http or https");
    }
}
