package dev.aibom.core.descriptor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HuggingFaceRefTest {
    private static final String SHA = "C9745ED1D9F207416BE6D2E6F8DE32D1F16199BF";

    @Test
    void parsesOrgNameAndCommitIntoPurlAndUrl() {
        HuggingFaceRef ref = HuggingFaceRef.parse("hf://sentence-transformers/all-MiniLM-L6-v2@" + SHA);
        assertThat(ref.repository()).isEqualTo("sentence-transformers/all-MiniLM-L6-v2");
        assertThat(ref.commit()).isEqualTo(SHA.toLowerCase());
        assertThat(ref.purl()).isEqualTo("pkg:huggingface/sentence-transformers/all-MiniLM-L6-v2@" + SHA.toLowerCase());
        assertThat(ref.url()).isEqualTo("https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2/tree/"
                + SHA.toLowerCase());
        assertThat(ref).hasToString("hf://sentence-transformers/all-MiniLM-L6-v2@" + SHA.toLowerCase());
    }

    @Test
    void unNamespacedModelsAreAllowed() {
        HuggingFaceRef ref = HuggingFaceRef.parse("hf://gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e");
        assertThat(ref.purl()).isEqualTo("pkg:huggingface/gpt2@607a30d783dfa663caf39e06633721c8d4cfcd7e");
    }

    @Test
    void rejectsWhatIsNotPinned() {
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model")).hasMessageContaining("does not pin a commit");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model@v1.0")).hasMessageContaining("is not a full"
                + " 40-hex commit sha");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/sub/model@" + SHA)).hasMessageContaining("is not a"
                + " Hub repository name");
        assertThatThrownBy(() -> HuggingFaceRef.parse("https://huggingface.co/org/model")).hasMessageContaining(
                "is not an hf:// reference");
    }
}
