package org.chantilly.console.handbook;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.Preferences;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookViews.SectionView;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.Credentials;
import org.chantilly.platform.api.StaffInfo;

/** The handbook in force, read in a language of the employee's choice, and their signature with their password. */
@Named("reader")
@ViewScoped
public class HandbookReader implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Handbook handbook;

    @Inject
    transient Credentials credentials;

    @Inject
    CurrentUser user;

    @Inject
    Preferences prefs;

    @Inject
    SigningReminder reminder;

    private VersionView version;
    private SignatureView signature;
    private String language;
    private String password;

    /** One section as read: its title and text in the language chosen (or English), split into blocks. */
    public record ReadSection(String key, String title, List<HandbookTexts.Block> blocks, boolean translated)
            implements Serializable {
    }

    @PostConstruct
    void load() {
        version = handbook.inForce();
        String own = user.staff().map(StaffInfo::language).orElse(null);
        language = HandbookTexts.LANGUAGES.contains(own) ? own : HandbookTexts.supported(prefs.getLanguage());
        signature = findSignature();
    }

    private SignatureView findSignature() {
        int number = version.version().number();
        return handbook.signaturesOf(user.getLogin()).stream().filter(s -> s.version() == number).findFirst()
                .orElse(null);
    }

    public VersionView getVersion() {
        return version;
    }

    public List<ReadSection> getSections() {
        return version.sections().stream().map(this::read).toList();
    }

    private ReadSection read(SectionView section) {
        return new ReadSection(section.key(), HandbookTexts.pick(section.title(), language),
                HandbookTexts.blocks(HandbookTexts.pick(section.text(), language)),
                HandbookTexts.translated(section.text(), language));
    }

    public List<Map.Entry<String, String>> getPolicy() {
        return List.copyOf(version.policy().entrySet());
    }

    public List<String> getLanguages() {
        return HandbookTexts.LANGUAGES;
    }

    public String languageName(String code) {
        return prefs.nameOf(Locale.forLanguageTag(code));
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = HandbookTexts.supported(language);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    /** Whether the employee's role signs the handbook. */
    public boolean isSigner() {
        return HandbookTexts.signs(user);
    }

    public Optional<SignatureView> signature() {
        return Optional.ofNullable(signature);
    }

    public SignatureView getSignature() {
        return signature;
    }

    /** Signs the version in force in the language read, after checking the password again. */
    public void sign() {
        String login = user.getLogin();
        if (!isSigner()) {
            PageMessages.error("read.sign.notYourRole");
            return;
        }
        if (password == null || !credentials.passwordMatches(login, password.toCharArray())) {
            password = null;
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            String text = Feedback.text("handbook", "read.sign.wrongPassword");
            faces.addMessage("sign:password", new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            return;
        }
        password = null;
        int number = version.version().number();
        SignatureView signed = FieldMessages.attempt(field -> null,
                () -> ConcurrentChange.retrying(() -> handbook.sign(number, language, login)));
        if (signed != null) {
            signature = signed;
            reminder.signedNow();
            PageMessages.info("read.sign.done", number);
        }
    }
}
