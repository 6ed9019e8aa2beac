package org.chantilly.handbook.api;

/** What the customer is given to put things right. */
public enum Remedy {
    REPLACEMENT,
    REFUND,
    DISCOUNT,
    STORE_CREDIT,
    FREE_GOODS,
    APOLOGY,
    OTHER
}
