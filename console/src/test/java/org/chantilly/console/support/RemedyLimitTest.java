package org.chantilly.console.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.chantilly.platform.api.Money;
import org.junit.jupiter.api.Test;

/**
 * A remedy's limit is worded the same for every tier: an apology "always" (never "€0.00"), a remedy without a limit
 * "not yours to grant", every other "up to" its limit, each with "only with a receipt" where the tier needs it.
 */
class RemedyLimitTest {

    private static final Money ZERO = new Money(BigDecimal.ZERO, "EUR");

    @Test
    void everyRemedyIsListedInTheHandbooksOrderWithTheWordsForItsLimit() {
        List<RemedyLimit> frontline = RemedyLimit.of(Map.of("REFUND", new Money(new BigDecimal("200"), "EUR"),
                "APOLOGY", ZERO, "DISCOUNT", new Money(new BigDecimal("50"), "EUR")), List.of("REFUND"));

        assertThat(frontline).extracting(RemedyLimit::remedy).containsExactly("REPLACEMENT", "REFUND", "DISCOUNT",
                "STORE_CREDIT", "FREE_GOODS", "APOLOGY", "OTHER");
        assertThat(frontline).extracting(l -> l.remedy() + ":" + l.wording() + (l.receiptRequired() ? "+receipt" : ""))
                .containsExactly("REPLACEMENT:NOT_YOURS", "REFUND:UP_TO+receipt", "DISCOUNT:UP_TO",
                        "STORE_CREDIT:NOT_YOURS", "FREE_GOODS:NOT_YOURS", "APOLOGY:ALWAYS", "OTHER:NOT_YOURS");
    }

    @Test
    void anApologyIsAlwaysAllowedOnEveryTierThatMayGiveIt() {
        RemedyLimit supervisor = RemedyLimit.of(Map.of("APOLOGY", ZERO), List.of()).stream()
                .filter(l -> l.remedy().equals("APOLOGY")).findFirst().orElseThrow();
        assertThat(supervisor.wording()).isEqualTo(RemedyLimit.Wording.ALWAYS);
        assertThat(RemedyLimit.of(null, null)).allSatisfy(l -> {
            assertThat(l.wording()).isEqualTo(RemedyLimit.Wording.NOT_YOURS);
            assertThat(l.receiptRequired()).isFalse();
        });
    }
}
