package dev.aibom.core.bom;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The refs of elements as a streaming read hands them over: nested ones count, those in declarations do not. */
class BomRefFingerprintsTest {
    @Test
    void nestedRefsCountAndRefsInDeclarationsDoNot() throws Exception {
        BomRefFingerprints refs = new BomRefFingerprints();
        ObjectMapper mapper = new ObjectMapper();
        refs.addAll(mapper.readTree("{\"bom-ref\":\"model:a\",\"components\":[{\"bom-ref\":\"model:a/file\"}],"
                + "\"declarations\":{\"claims\":[{\"bom-ref\":\"claim-1\"}]}}"));
        for (int i = 0; i < 1000; i++) {
            refs.add("component-" + i);
        }
        assertThat(refs.contains("model:a")).isTrue();
        assertThat(refs.contains("model:a/file")).isTrue();
        assertThat(refs.contains("component-999")).isTrue();
        assertThat(refs.contains("claim-1")).isFalse();
        assertThat(refs.contains("component-1000")).isFalse();
        assertThat(refs.contains("model:A")).isFalse();
        refs.add("late");
        assertThat(refs.contains("late")).isTrue();
        assertThat(refs.contains("component-0")).isTrue();
    }
}
