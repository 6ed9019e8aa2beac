package org.chantilly.console.handbook;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.Comparison;
import org.chantilly.handbook.api.HandbookViews.TextChange;
import org.chantilly.handbook.api.HandbookViews.VersionSummary;

/** What changed between two versions: section texts and the other texts by language, and policy values by key. */
@Named("comparison")
@ViewScoped
public class HandbookComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handbook handbook;

    @Inject
    Preferences prefs;

    private Integer from;
    private Integer to;
    private List<VersionSummary> versions;
    private Comparison result;

    /** Opens the page: by default the version in force against the newest version. */
    public void load() {
        versions = newestFirst(handbook.versions());
        if (to == null && !versions.isEmpty()) {
            to = versions.get(0).number();
        }
        if (from == null) {
            from = versions.stream().filter(VersionSummary::inForce).map(VersionSummary::number).findFirst()
                    .filter(n -> !n.equals(to)).orElse(versions.size() > 1 ? versions.get(1).number() : to);
        }
        compare();
    }

    public void compare() {
        if (from == null || to == null) {
            return;
        }
        Integer a = from;
        Integer b = to;
        result = FieldMessages.attempt(field -> null, () -> handbook.compare(a, b));
    }

    public List<VersionSummary> getVersions() {
        return versions;
    }

    public String versionLabel(VersionSummary version) {
        String status = Feedback.text("handbook", "status." + version.status());
        return version.inForce() ? Feedback.text("handbook", "compare.versionInForce", version.number(), status)
                : Feedback.text("handbook", "compare.version", version.number(), status);
    }

    /**
     * What a changed text is, in the page's language: its kind and its customer type or channel ("Acknowledgement:
     * Email"), or the phrase guide's rules or phrases.
     */
    public String textName(TextChange change) {
        String kind = Feedback.text("handbook", "edit.texts.kind." + change.kind());
        if ("phraseGuide".equals(change.kind())) {
            return kind + ": " + Feedback.text("handbook", "edit.guide." + change.key());
        }
        String key = "handlingAdvice".equals(change.kind()) ? Feedback.text("frontline", "customerType." + change.key())
                : Feedback.text("common", "channel." + change.key());
        return kind + ": " + key;
    }

    public String languageName(String code) {
        return prefs.nameOf(Locale.forLanguageTag(code));
    }

    public Comparison getResult() {
        return result;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    private static List<VersionSummary> newestFirst(List<VersionSummary> oldestFirst) {
        List<VersionSummary> newest = new ArrayList<>(oldestFirst);
        Collections.reverse(newest);
        return newest;
    }
}
