package org.chantilly.intake.api;

/** What a complaint is about; reports group by it. */
public enum ComplaintCategory {
    PRODUCT_QUALITY,
    WRONG_OR_MISSING_ITEM,
    DELIVERY,
    PRICE_OR_BILLING,
    RETURNS_AND_REFUNDS,
    STAFF_BEHAVIOUR,
    WAITING_TIME,
    STORE_ENVIRONMENT,
    OTHER
}
