package org.chantilly.console.support;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Organisation;

/**
 * Dates, times and money as the employee reads them: in their language, and in the time zone of the branch the
 * thing happened in (or their own branch's, or UTC).
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    Preferences preferences;

    @Inject
    CurrentUser user;

    @Inject
    Organisation organisation;

    /** An instant in the employee's own zone: "25 Nov 2026, 14:05". */
    public String instant(Instant instant) {
        return instant == null ? "" : dateTime().withZone(user.zone()).format(instant);
    }

    /** An instant in the zone of the given branch: a complaint's times in the branch that took it. */
    public String instantAt(Instant instant, String branchCode) {
        if (instant == null) {
            return "";
        }
        ZoneId zone = branchCode == null ? user.zone()
                : organisation.branch(branchCode).map(BranchInfo::timeZone).orElse(user.zone());
        return dateTime().withZone(zone).format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(preferences.getLocale()).format(date);
    }

    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency());
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(preferences.getLocale());
        format.setCurrency(Currency.getInstance(currency));
        return format.format(amount);
    }

    /** A share from 0 to 1 as a percentage: "87.5 %". */
    public String percent(Number share) {
        if (share == null) {
            return "–";
        }
        NumberFormat format = NumberFormat.getPercentInstance(preferences.getLocale());
        format.setMaximumFractionDigits(1);
        return format.format(share.doubleValue());
    }

    private DateTimeFormatter dateTime() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(preferences.getLocale());
    }
}
