package io.backbeat.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundles on sale come from configuration, and a mistake there stops the deployment with the part named. */
class BundleTest {

    @Test
    void pointsAndCentsPairsAreRead() {
        assertThat(Bundle.parse("500:499, 1200:999", "EUR"))
                .isEqualTo(List.of(new Bundle(500, 499, "EUR"), new Bundle(1200, 999, "EUR")));
    }

    @Test
    void aMistakeNamesTheOffendingPart() {
        assertThatIllegalStateException().isThrownBy(() -> Bundle.parse("500:499,1200", "EUR"))
                .withMessageContaining("\"1200\"");
        assertThatIllegalStateException().isThrownBy(() -> Bundle.parse("500:499,500:999", "EUR"))
                .withMessageContaining("\"500:999\"");
        assertThatIllegalStateException().isThrownBy(() -> Bundle.parse("0:499", "EUR"));
        assertThatIllegalStateException().isThrownBy(() -> Bundle.parse("500:499", "euro"));
    }
}
