package io.backbeat.player.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class StoreAddressTest {

    @Test
    void theSecureAddressOfAWildFlyStoreIsItsHttpsPortMovedByTheSameOffset() {
        assertThat(StoreAddress.secure(URI.create("http://localhost:8080"))).hasToString("https://localhost:8443");
        assertThat(StoreAddress.secure(URI.create("http://localhost:8380"))).hasToString("https://localhost:8743");
        assertThat(StoreAddress.secure(URI.create("http://music.example/shop"))).hasToString("https://music.example/shop");
        assertThat(StoreAddress.secure(URI.create("https://music.example:9443"))).hasToString("https://music.example:9443");
    }
}
