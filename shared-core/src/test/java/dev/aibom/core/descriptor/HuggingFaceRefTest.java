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
    void aBranchOrTagIsAcceptedButNotPinnedAndDatasetsHaveTheirOwnPrefix() {
        HuggingFaceRef branch = HuggingFaceRef.parse("hf://org/model@main");
        assertThat(branch.pinned()).isFalse();
        assertThatThrownBy(branch::purl).isInstanceOf(IllegalStateException.class);
        assertThat(branch.at(SHA).purl()).isEqualTo("pkg:huggingface/org/model@" + SHA.toLowerCase());
        assertThat(HuggingFaceRef.parse("hf://org/model@v1.0").pinned()).isFalse();
        HuggingFaceRef dataset = HuggingFaceRef.parse("hf://datasets/org/data@" + SHA);
        assertThat(dataset.type()).isEqualTo(HuggingFaceRef.Type.DATASET);
        assertThat(dataset.repository()).isEqualTo("org/data");
        assertThat(dataset.url()).isEqualTo("https://huggingface.co/datasets/org/data/tree/" + SHA.toLowerCase());
        assertThat(dataset).hasToString("hf://datasets/org/data@" + SHA.toLowerCase());
    }

    @Test
    void rejectsWhatIsNeitherACommitNorAName() {
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model")).hasMessage("'hf://org/model' does not name a"
                + " revision; write it as hf://<org>/<name>@<40-hex commit sha> (a commit is pinned; a branch such as"
                + " @main is resolved to its commit, with a warning)");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model@c9745ed")).hasMessage("'c9745ed' in"
                + " 'hf://org/model@c9745ed' looks like an abbreviated commit; write the full 40-hex commit sha (copy"
                + " it from the repository's commit history on the Hub)");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model@../../x")).hasMessageContaining("is neither a"
                + " 40-hex commit nor a branch or tag name");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/model@a?b=c")).hasMessageContaining("is neither a"
                + " 40-hex commit nor a branch or tag name");
        assertThatThrownBy(() -> HuggingFaceRef.parse("hf://org/sub/model@" + SHA)).hasMessageContaining("is not a"
                + " Hub repository name");
        assertThatThrownBy(() -> HuggingFaceRef.parse("https://huggingface.co/org/model")).hasMessageContaining(
                "is not an hf:// reference");
    }
}
