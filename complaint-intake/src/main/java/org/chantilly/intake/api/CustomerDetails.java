package org.chantilly.intake.api;

import java.util.ArrayList;
import java.util.List;

import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Text;

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

    /**
     * The contact details a complaint of that channel needs and the customer's lack, each named by its field: an
     * email for EMAIL, a phone for PHONE and SMS, a postal address for LETTER, an email or a phone for WEB.
     */
    public static List<FieldError> missingContactDetails(Channel channel, String email, String phone,
                                                         String postalAddress) {
        List<FieldError> missing = new ArrayList<>();
        switch (channel) {
            case EMAIL -> {
                if (Text.isBlank(email)) {
                    missing.add(FieldError.of("customer.email", IntakeMessage.EMAIL_REQUIRED));
                }
            }
            case PHONE, SMS -> {
                if (Text.isBlank(phone)) {
                    missing.add(FieldError.of("customer.phone", IntakeMessage.PHONE_REQUIRED, channel));
                }
            }
            case LETTER -> {
                if (Text.isBlank(postalAddress)) {
                    missing.add(FieldError.of("customer.postalAddress", IntakeMessage.ADDRESS_REQUIRED));
                }
            }
            case WEB -> {
                if (Text.isBlank(email) && Text.isBlank(phone)) {
                    missing.add(FieldError.of("customer.email", IntakeMessage.CONTACT_REQUIRED));
                }
            }
            case IN_PERSON -> {
                // the customer stands at the counter
            }
        }
        return missing;
    }
}
