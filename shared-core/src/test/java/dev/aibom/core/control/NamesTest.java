package dev.aibom.core.control;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** How supplier names and web addresses are compared (docs/controls.md). */
class NamesTest {
    @Test
    void namesAreComparedAfterNfkcWhiteSpaceAndCase() {
        assertThat(Names.normalise("  ACME\u00A0\tMachine\u2003Learning ")).isEqualTo("acme machine learning");
        assertThat(Names.normalise("ＡＣＭＥ")).isEqualTo("acme");
    }

    @Test
    void anAddressCoversTheSameHostAndItsPathAtASegmentBoundary() {
        String registered = "https://www.HuggingFace.co/acme/";
        assertThat(Names.sameSite(registered, "https://huggingface.co/acme")).isTrue();
        assertThat(Names.sameSite(registered, "https://huggingface.co/ACME/model")).isTrue();
        assertThat(Names.sameSite(registered, " https://www.huggingface.co/acme/model/ ")).isTrue();
        assertThat(Names.sameSite(registered, "https://huggingface.co/acme-evil")).isFalse();
        assertThat(Names.sameSite(registered, "https://huggingface.co/")).isFalse();
        assertThat(Names.sameSite(registered, "https://evil.huggingface.co/acme")).isFalse();
        assertThat(Names.sameSite(registered, "https://www.www.huggingface.co/acme")).isFalse();
        // a registered host without a path covers all of it
        assertThat(Names.sameSite("https://acme.example.com", "https://acme.example.com/anything")).isTrue();
        // what is not an address with a host never matches, either way round
        assertThat(Names.sameSite(registered, "huggingface.co/acme")).isFalse();
        assertThat(Names.sameSite(registered, "https://bad host/acme")).isFalse();
        assertThat(Names.sameSite("mailto:ml@acme.example.com", "mailto:ml@acme.example.com")).isFalse();
        assertThat(Names.Site.of("not a url")).isEqualTo(Optional.empty());
        assertThat(Names.Site.of("https://WWW.Acme.example.com/ML//")).contains(new Names.Site("acme.example.com",
                "/ml"));
    }
}
