package org.chantilly.intake.interfaces.rest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.api.PurchaseDetails;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.OneOf;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.RuleChecked;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.Text;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The complaint form as an API client sends it. Enums, dates and amounts travel as text so that every wrong value
 * is answered with a field error that says what is allowed.
 */
@Schema(name = "ComplaintForm", description = "A new complaint, the same form for every channel")
public record ComplaintForm(
        @Schema(example = "HAM", required = true) @RequiredText @Pattern(regexp = "[A-Z]{2,6}", message = "{chantilly.branchCode}") String branchCode,
        @Schema(implementation = Channel.class, required = true) @NotNull @OneOf(Channel.class) String channel,
        @Schema(required = true) @NotNull @Valid Customer customer,
        @Schema(implementation = CustomerType.class) @OneOf(CustomerType.class) String customerType,
        @Schema(implementation = ComplaintCategory.class) @OneOf(ComplaintCategory.class) String category,
        @Schema(implementation = Severity.class) @OneOf(Severity.class) String severity,
        @Schema(example = "The coffee machine bought last week leaks.", required = true) @RequiredText @Size(max = 8000) @PlainText String description,
        @Schema(example = "A replacement") @Size(max = 2000) @PlainText String customerRequest,
        @Valid Purchase purchase) implements RuleChecked {

    /** Who complains. Which contact fields are required depends on the channel. */
    @Schema(name = "CustomerForm")
    public record Customer(
            @Schema(example = "Anna Lindqvist", required = true) @RequiredText @Size(max = 200) @PlainText String name,
            @Schema(example = "anna@example.org", description = "required for EMAIL; EMAIL or phone for WEB")
            @Email @Size(max = 254) String email,
            @Schema(example = "+46 8 123 456", description = "required for PHONE and SMS")
            @Size(max = 40) @Pattern(regexp = "\\+?[0-9][0-9 ()./-]{2,39}", message = "{chantilly.phone}")
            String phone,
            @Schema(description = "required for LETTER; lines separated by newlines") @Size(max = 1000) @PlainText String postalAddress,
            @Schema(example = "sv", description = "defaults to the branch's language")
            @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?", message = "{chantilly.languageTag}") String preferredLanguage,
            Boolean consentToContact) {
    }

    /** The purchase the complaint is about. */
    @Schema(name = "PurchaseForm")
    public record Purchase(
            @Schema(example = "Espresso machine EM-200") @Size(max = 200) @PlainText String item,
            @Schema(description = "an amount as a decimal string, never a JSON number") Money price,
            @Schema(example = "2026-11-20", format = "date", description = "not in the future") @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "{chantilly.purchaseDate}") String purchaseDate,
            Boolean receiptPresent,
            @Size(max = 64) @PlainText String receiptNumber) {
    }

    /** The rules across fields: the contact details the channel needs, a real purchase date, a receipt's number. */
    @Override
    public List<FieldError> ruleErrors() {
        List<FieldError> errors = new ArrayList<>();
        if (customer != null && channel != null && OneOf.Validator.isOneOf(channel, Channel.class)) {
            errors.addAll(CustomerDetails.missingContactDetails(Channel.valueOf(channel), customer.email(),
                    customer.phone(), customer.postalAddress()));
        }
        if (purchase != null) {
            if (purchase.purchaseDate() != null && purchase.purchaseDate().matches("\\d{4}-\\d{2}-\\d{2}")) {
                try {
                    LocalDate.parse(purchase.purchaseDate());
                } catch (DateTimeException e) {
                    errors.add(FieldError.of("purchase.purchaseDate", IntakeMessage.PURCHASE_DATE_INVALID));
                }
            }
            if (Boolean.TRUE.equals(purchase.receiptPresent()) && Text.isBlank(purchase.receiptNumber())) {
                errors.add(FieldError.of("purchase.receiptNumber", IntakeMessage.RECEIPT_NUMBER_REQUIRED));
            }
        }
        return errors;
    }

    /** The checked form (see {@link org.chantilly.platform.api.InputValidator#check}) as the intake takes it. */
    NewComplaint toNewComplaint() {
        PurchaseDetails purchaseDetails = purchase == null ? null : new PurchaseDetails(purchase.item(),
                purchase.price(), purchase.purchaseDate() == null ? null : LocalDate.parse(purchase.purchaseDate()),
                Boolean.TRUE.equals(purchase.receiptPresent()), purchase.receiptNumber());
        return new NewComplaint(branchCode, Channel.valueOf(channel),
                new CustomerDetails(customer.name(), customer.email(), customer.phone(), customer.postalAddress(),
                        customer.preferredLanguage(), Boolean.TRUE.equals(customer.consentToContact())),
                customerType == null ? null : CustomerType.valueOf(customerType),
                category == null ? null : ComplaintCategory.valueOf(category),
                severity == null ? null : Severity.valueOf(severity),
                description, customerRequest, purchaseDetails);
    }
}
