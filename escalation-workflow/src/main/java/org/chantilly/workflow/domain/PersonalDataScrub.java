package org.chantilly.workflow.domain;

/**
 * Takes a customer's personal values out of a free text (their erasure), cutting the result to the column's size.
 */
@FunctionalInterface
public interface PersonalDataScrub {

    /** The text without the customer's personal values, at most {@code maxLength} characters; null stays null. */
    String scrub(String text, int maxLength);
}
