package org.chantilly.intake.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ComplaintReferenceTest {

    @Test
    void printsBranchYearAndAZeroPaddedNumber() {
        assertThat(new ComplaintReference("HAM", 2026, 123)).hasToString("HAM-2026-000123");
        assertThat(new ComplaintReference("STO", 2027, 1_234_567)).hasToString("STO-2027-1234567");
    }

    @Test
    void parsesWhatItPrints() {
        ComplaintReference reference = new ComplaintReference("HEL", 2026, 42);
        assertThat(ComplaintReference.parse(reference.toString())).contains(reference);
    }

    @Test
    void parsesNothingElse() {
        assertThat(ComplaintReference.parse(null)).isEmpty();
        assertThat(ComplaintReference.parse("ham-2026-000001")).isEmpty();
        assertThat(ComplaintReference.parse("HAM-2026-1")).isEmpty();
        assertThat(ComplaintReference.parse("HAM-1999-000001")).isEmpty();
        assertThat(ComplaintReference.parse("HAM-2026-000001' OR '1'='1")).isEmpty();
        assertThat(ComplaintReference.parse("HAM-2026-99999999999999999999")).isEmpty();
    }

    @Test
    void numbersStartAtOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ComplaintReference("HAM", 2026, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new ComplaintReference("hamburg", 2026, 1));
    }
}
