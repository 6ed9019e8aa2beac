package org.chantilly.intake.api;

import java.time.LocalDate;

import org.chantilly.platform.api.Money;

/**
 * What the customer bought, when the complaint is about a purchase.
 *
 * @param item           what was bought
 * @param price          what it cost, or null
 * @param purchaseDate   when, or null
 * @param receiptPresent whether the customer has the receipt
 * @param receiptNumber  the receipt's number, or null
 */
public record PurchaseDetails(String item, Money price, LocalDate purchaseDate, boolean receiptPresent,
                              String receiptNumber) {
}
