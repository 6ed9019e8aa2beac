package org.chantilly.intake.api;

/**
 * Who complains and how to reach them.
 *
 * @param name              full name
 * @param email             email address, or null
 * @param phone             phone number, or null
 * @param postalAddress     postal address, lines separated by newlines, or null
 * @param preferredLanguage IETF language tag the customer is answered in
 * @param consentToContact  whether the customer agreed to be contacted about the complaint
 */
public record CustomerDetails(String name, String email, String phone, String postalAddress, String preferredLanguage,
                              boolean consentToContact) {
}
