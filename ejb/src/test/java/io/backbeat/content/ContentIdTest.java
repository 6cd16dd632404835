package io.backbeat.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ContentIdTest {

    private static final String HASH = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void sixtyFourLowerCaseHexDigitsAreAnId() {
        assertThat(new ContentId(HASH, 0).sha256()).isEqualTo(HASH);
        assertThat(ContentId.requireValid(HASH)).isEqualTo(HASH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
            "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "../../../../../../../../../../../../../../../../../../etc/passwd",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n",
            "e3/0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"})
    void anythingElseIsRefused(String id) {
        assertThatThrownBy(() -> ContentId.requireValid(id)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ContentId(id, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
