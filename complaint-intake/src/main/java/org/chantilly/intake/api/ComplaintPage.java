package org.chantilly.intake.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of a search: its items, which page, how big, and how many match in all. The total is counted exactly up to
 * {@link #EXACT_TOTAL_UP_TO}; beyond that it says only "more than 10,000" ({@code total} 10,000 and
 * {@code totalExact} false): counting a third of a million rows exactly on every page costs a third of a second, and
 * nobody pages through them.
 */
public record ComplaintPage(List<ComplaintListItem> items, int page, int size,
                            @Schema(description = "how many complaints match, counted exactly up to 10,000; "
                                    + "when totalExact is false, more than this") long total,
                            @Schema(description = "false when more than 10,000 complaints match: total is then "
                                    + "10,000, a lower bound") boolean totalExact) {

    /** The largest total counted exactly. */
    public static final int EXACT_TOTAL_UP_TO = 10_000;

    /** A page whose total is exact. */
    public ComplaintPage(List<ComplaintListItem> items, int page, int size, long total) {
        this(items, page, size, total, true);
    }

    /**
     * A page with a total counted up to one more than {@link #EXACT_TOTAL_UP_TO}: a count beyond it becomes "more
     * than 10,000".
     */
    public static ComplaintPage counted(List<ComplaintListItem> items, int page, int size, long countedUpToLimit) {
        boolean exact = countedUpToLimit <= EXACT_TOTAL_UP_TO;
        return new ComplaintPage(items, page, size, exact ? countedUpToLimit : EXACT_TOTAL_UP_TO, exact);
    }
}
