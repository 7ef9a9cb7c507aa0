package dev.aibom.core.control;

import dev.aibom.control.BomEntity;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who supplies an item, asked again and again as a large BOM is judged: every answer depends on the organisation's
 * name, its web addresses and the hint, and on nothing else (the register remembers the last answers by those).
 */
class SupplierIdentityTest {
    private static RegisteredSupplier supplier(String id, String name, String url) {
        return new RegisteredSupplier(id, List.of(name), List.of(url), SupplierStatus.APPROVED,
                LocalDate.parse("2026-01-01"), Optional.empty(), Optional.empty(), List.of(), Set.of(), List.of());
    }

    private static Optional<BomEntity> entity(String name, String... urls) {
        return Optional.of(new BomEntity("supplier", name, List.of(urls), "/components/0/supplier"));
    }

    @Test
    void theSameQuestionGetsTheSameAnswerAndADifferentOneItsOwn() {
        RegisteredSupplier acme = supplier("acme", "ACME ML GmbH", "https://acme-ml.example.com");
        RegisteredSupplier globex = supplier("globex", "Globex", "https://huggingface.co/globex");
        SupplierRegister register = new SupplierRegister("test", List.of(acme, globex));
        for (int round = 0; round < 2; round++) {
            assertThat(register.identify(entity(" acme  ml gmbh"), Optional.empty()))
                    .isEqualTo(new SupplierRegister.Registered(acme));
            // the same organisation with another hint, or another address, is another question
            assertThat(register.identify(entity("ACME ML GmbH"), Optional.of("globex")))
                    .isEqualTo(new SupplierRegister.Conflict("supplier 'ACME ML GmbH' is registered as 'acme', but"
                            + " its aibom:supplier:id says 'globex'"));
            assertThat(register.identify(entity("ACME ML GmbH", "https://huggingface.co/globex/model"),
                    Optional.empty())).isEqualTo(new SupplierRegister.Conflict("supplier 'ACME ML GmbH' is"
                    + " registered as 'acme', but its web address https://huggingface.co/globex/model belongs to"
                    + " registered supplier 'globex'"));
            assertThat(register.identify(entity("ACME ML GmbH", "https://www.acme-ml.example.com/models"),
                    Optional.empty())).isEqualTo(new SupplierRegister.Registered(acme));
            assertThat(register.identify(Optional.empty(), Optional.of("acme")))
                    .isEqualTo(new SupplierRegister.Unnamed(Optional.of("acme")));
        }
        // more organisations than the register remembers: each still gets its own answer
        for (int i = 0; i < 600; i++) {
            String name = i % 3 == 0 ? "Globex" : "Unknown " + i;
            SupplierRegister.Identity identity = register.identify(entity(name), Optional.empty());
            assertThat(identity).isEqualTo(i % 3 == 0 ? new SupplierRegister.Registered(globex)
                    : new SupplierRegister.Unregistered(name));
        }
    }
}
