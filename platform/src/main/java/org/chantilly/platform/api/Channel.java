package org.chantilly.platform.api;

/** How a complaint reached the retailer. Channels differ in what the form needs and in how fast they are answered; shared by every module. */
public enum Channel {
    /** Spoken at the counter or in the store: acted on at once. */
    IN_PERSON,
    PHONE,
    EMAIL,
    /** A formal letter: usually serious; answered with a personal meeting. */
    LETTER,
    SMS,
    /** The retailer's public web form. */
    WEB
}
