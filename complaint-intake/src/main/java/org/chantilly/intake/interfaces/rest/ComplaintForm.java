package org.chantilly.intake.interfaces.rest;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.intake.api.Channel;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.OneOf;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complaint form as an API client sends it. Enums travel as text so that an unknown value is answered with
 * a field error that lists the allowed values.
 */
@Schema(name = "ComplaintForm", description = "A new complaint")
public record ComplaintForm(
        @Schema(example = "HAM", description = "the branch's code: 2 to 6 capital letters")
        @NotBlank @Pattern(regexp = "[A-Z]{2,6}", message = "must be 2 to 6 capital letters") String branchCode,

        @Schema(example = "EMAIL", implementation = Channel.class)
        @NotNull @OneOf(Channel.class) String channel,

        @Schema(example = "Anna Lindqvist")
        @NotBlank @Size(max = 200) String customerName,

        @Schema(example = "anna@example.org", description = "required for EMAIL; EMAIL or phone for WEB")
        @Email @Size(max = 254) String customerEmail,

        @Schema(example = "+46 8 123 456", description = "required for PHONE and SMS")
        @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,39}", message = "must be a phone number: digits, spaces and + ( ) . / -")
        String customerPhone,

        @Schema(example = "The coffee machine bought last week leaks.")
        @NotBlank @Size(max = 8000) String description) {

    NewComplaint toNewComplaint() {
        return new NewComplaint(branchCode, Channel.valueOf(channel), customerName, customerEmail, customerPhone,
                description);
    }
}
