package org.chantilly.intake.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ComplaintPageTest {

    @Test
    void aTotalIsExactUpTo10000AndBeyondItSaysMoreThan10000() {
        ComplaintPage few = ComplaintPage.counted(List.of(), 0, 20, 22);
        assertThat(few.total()).isEqualTo(22);
        assertThat(few.totalExact()).isTrue();

        ComplaintPage atTheLimit = ComplaintPage.counted(List.of(), 0, 20, ComplaintPage.EXACT_TOTAL_UP_TO);
        assertThat(atTheLimit.total()).isEqualTo(10_000);
        assertThat(atTheLimit.totalExact()).isTrue();

        ComplaintPage many = ComplaintPage.counted(List.of(), 3, 20, ComplaintPage.EXACT_TOTAL_UP_TO + 1);
        assertThat(many.total()).as("a lower bound").isEqualTo(10_000);
        assertThat(many.totalExact()).isFalse();
        assertThat(many.page()).isEqualTo(3);
    }

    @Test
    void aPageMadeWithATotalIsExact() {
        assertThat(new ComplaintPage(List.of(), 0, 20, 0).totalExact()).isTrue();
    }
}
