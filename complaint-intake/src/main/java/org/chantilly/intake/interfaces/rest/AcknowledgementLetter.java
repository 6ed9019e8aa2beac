package org.chantilly.intake.interfaces.rest;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.chantilly.platform.api.Html;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.platform.api.BranchInfo;

/**
 * The acknowledgement as a printable letter: the branch's address, the customer's, the date and the wording. Names,
 * addresses and the customer's name within the wording are isolated ({@link Html#isolated(String)}), so that a
 * direction override in them cannot reorder the rest of the letter.
 */
final class AcknowledgementLetter {

    private AcknowledgementLetter() {
    }

    static String html(ComplaintView complaint, BranchInfo branch) {
        Locale locale = Locale.forLanguageTag(complaint.customer().preferredLanguage());
        String date = complaint.receivedAt().atZone(branch.timeZone()).toLocalDate()
                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return "<!DOCTYPE html>\n<html lang=\"" + Html.escape(locale.toLanguageTag()) + "\">\n<head><meta charset=\"utf-8\">"
                + "<title>" + Html.escape(complaint.reference()) + "</title>"
                + "<style>body{font-family:serif;max-width:40em;margin:3em auto;line-height:1.5}"
                + ".from,.to{white-space:pre-line}.from{text-align:right}.date{text-align:right;margin:2em 0}"
                + ".body{white-space:pre-line}@media print{body{margin:0}}</style></head>\n<body>\n"
                + "<p class=\"from\">" + Html.isolated(branch.name()) + "\n" + Html.isolated(branch.address()) + "</p>\n"
                + "<p class=\"to\">" + Html.isolated(complaint.customer().name())
                + (complaint.customer().postalAddress() == null ? "" : "\n" + Html.isolated(complaint.customer().postalAddress()))
                + "</p>\n"
                + "<p class=\"date\">" + Html.escape(date) + "</p>\n"
                + "<p><strong>" + Html.escape(complaint.reference()) + "</strong></p>\n"
                + "<p class=\"body\">" + Html.escapeIsolating(complaint.acknowledgement().text(), complaint.customer().name())
                + "</p>\n</body>\n</html>\n";
    }

}
