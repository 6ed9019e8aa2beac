package org.chantilly.console.frontline;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;

/**
 * The shape of the typed-in texts, checked with the platform's input validator before the form goes to intake, with
 * the same constraints as the API's complaint form (intake itself checks what each channel requires). Property paths
 * are the service's field names, so each message lands at its field.
 */
record ComplaintInput(@Valid Customer customer,
                      @RequiredText @Size(max = 8000) @PlainText String description,
                      @Size(max = 2000) @PlainText String customerRequest,
                      @Valid Purchase purchase) {

    record Customer(@RequiredText @Size(max = 200) @PlainText String name,
                    @Email @Size(max = 254) String email,
                    @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,39}",
                            message = "{chantilly.phone}") String phone,
                    @Size(max = 1000) @PlainText String postalAddress) {
    }

    record Purchase(@Size(max = 200) @PlainText String item,
                    @Size(max = 64) @PlainText String receiptNumber) {
    }
}
