package org.chantilly.console.admin;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.OrganisationAdmin;

/** {@code /admin/branches.xhtml}: every branch, and a form to open one or change its details and calendar. */
@Named
@ViewScoped
public class BranchesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "branch";

    private static final Pattern ROW_FIELD = Pattern.compile("(businessHours|publicHolidays)\\[(\\d+)](?:\\.(\\w+))?");

    /** Every IANA zone id, sorted: suggestions for the time zone field. */
    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.contains("/") && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList();

    @Inject
    OrganisationAdmin admin;

    @Inject
    CurrentUser user;

    @Inject
    Preferences preferences;

    private List<BranchInfo> branches;
    private BranchEditor editor;

    public List<BranchInfo> getBranches() {
        if (branches == null) {
            branches = admin.branches();
        }
        return branches;
    }

    public BranchEditor getEditor() {
        return editor;
    }

    public List<String> getZones() {
        return ZONES;
    }

    /** The regions branches are in now: suggestions for the region field. */
    public List<String> getRegions() {
        return getBranches().stream().map(BranchInfo::region).filter(Objects::nonNull).distinct().sorted().toList();
    }

    public void startNew() {
        editor = BranchEditor.blank();
    }

    public void edit(String code) {
        getBranches().stream().filter(b -> b.code().equals(code)).findFirst().ifPresent(b -> editor = BranchEditor.of(b));
    }

    public void cancel() {
        editor = null;
    }

    public void addHoliday() {
        editor.addHoliday();
    }

    public void removeHoliday(int index) {
        editor.removeHoliday(index);
    }

    public void save() {
        BranchEditor typed = editor;
        BranchInfo saved = FieldMessages.attempt(FORM, this::rowField, () -> {
            try {
                return typed.isCreating() ? admin.createBranch(typed.draft(), user.caller())
                        : admin.updateBranch(typed.getCode(), typed.draft(), user.caller());
            } catch (ConflictException taken) {
                FieldMessages.at(FORM + ":code", "branch.codeTaken");
                return null;
            }
        });
        if (saved != null) {
            FieldMessages.info(typed.isCreating() ? "branch.created" : "branch.saved", saved.code());
            editor = null;
            branches = null;
        }
    }

    public void deactivate(String code) {
        BranchInfo closed = Feedback.attempt(null, () -> admin.deactivateBranch(code, user.caller()));
        if (closed != null) {
            FieldMessages.info("branch.deactivated", closed.code());
            branches = null;
            if (editor != null && code.equals(editor.getCode())) {
                editor = null;
            }
        }
    }

    /** The client id of a weekday's or a holiday's input the service named, e.g. {@code businessHours[0]}. */
    String rowField(String field) {
        Matcher matcher = ROW_FIELD.matcher(field);
        if (!matcher.matches()) {
            return null;
        }
        int element = Integer.parseInt(matcher.group(2));
        String part = matcher.group(3);
        if ("businessHours".equals(matcher.group(1))) {
            int row = editor.rowOfHours(element);
            return row < 0 ? null : FORM + ":hours:" + row + ":" + ("closes".equals(part) ? "closes" : "opens");
        }
        return element >= editor.getHolidays().size() ? null
                : FORM + ":holidays:" + element + ":" + ("name".equals(part) ? "name" : "date");
    }

    /** A weekday's name in the page's language, capitalised. */
    public String dayName(DayOfWeek day) {
        Locale locale = preferences.getLocale();
        String name = day.getDisplayName(TextStyle.FULL, locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The opening days of a branch, short, equal neighbours together: "Mon–Fri 09:30–20:00, Sat 10:00–16:00". */
    public String hoursOf(BranchInfo branch) {
        Locale locale = preferences.getLocale();
        List<String> parts = new java.util.ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int i = 0; i < days.length; i++) {
            BranchInfo.OpeningHours open = branch.businessHours().get(days[i]);
            if (open == null) {
                continue;
            }
            int last = i;
            while (last + 1 < days.length && open.equals(branch.businessHours().get(days[last + 1]))) {
                last++;
            }
            String from = days[i].getDisplayName(TextStyle.SHORT, locale);
            String range = last == i ? from : from + "–" + days[last].getDisplayName(TextStyle.SHORT, locale);
            parts.add(range + " " + open.opens() + "–" + open.closes());
            i = last;
        }
        return parts.isEmpty() ? Feedback.text("admin", "branches.neverOpen") : String.join(", ", parts);
    }
}
