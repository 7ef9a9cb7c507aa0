package dev.aibom.core.license;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SpdxLicensesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Apache-2.0|Apache-2.0|true",
            "apache-2.0|Apache-2.0|true",
            "MIT OR Apache-2.0|MIT OR Apache-2.0|false",
            "GPL-2.0-or-later WITH Classpath-exception-2.0|GPL-2.0-or-later WITH Classpath-exception-2.0|false",
            "(MIT AND BSD-3-Clause) OR Apache-2.0|(MIT AND BSD-3-Clause) OR Apache-2.0|false",
            "mit and bsd-2-clause|MIT AND BSD-2-Clause|false",
            "LGPL-2.1+|LGPL-2.1+|false",
            "LicenseRef-Northwind-Proprietary|LicenseRef-Northwind-Proprietary|false",
            "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2|DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2|false",
    })
    void validExpressions(String input, String canonical, boolean single) {
        SpdxLicenses.Expression expression = SpdxLicenses.parse(input);
        assertThat(expression.canonical()).isEqualTo(canonical);
        assertThat(expression.singleId()).isEqualTo(single);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Apache 2|'Apache' is not an SPDX license id",
            "MIT OR|ends where a license id or '(' was expected",
            "(MIT|ends where ')' was expected",
            "MIT AND AND BSD-2-Clause|expected a license id but found 'AND'",
            "MIT Apache-2.0|unexpected 'Apache-2.0'",
            "GPL-2.0 WITH Nope-exception|'Nope-exception' is not an SPDX license exception id",
    })
    void invalidExpressions(String input, String message) {
        assertThatThrownBy(() -> SpdxLicenses.parse(input)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void blankIsInvalid() {
        assertThatThrownBy(() -> SpdxLicenses.parse(" ")).hasMessage("the license expression is empty");
    }
}
