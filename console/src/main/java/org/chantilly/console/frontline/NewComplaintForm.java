package org.chantilly.console.frontline;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.chantilly.console.support.CurrentUser;
import org.chantilly.console.support.Feedback;
import org.chantilly.console.support.RemedyLimit;
import org.chantilly.console.support.Preferences;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.CustomerDetails;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.intake.api.PurchaseDetails;
import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Money;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.ProblemException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.Sha256;
import org.chantilly.workflow.api.ComplaintTasks;
import org.chantilly.workflow.api.TaskDetail;
import org.chantilly.workflow.api.TaskFilter;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.TaskSummary;

/**
 * The new complaint form and the decision on the spot. First the one form: the fields its channel needs, the
 * handbook's handling advice for the customer type and the phrase guide beside it. Filing records the complaint
 * (intake flags a possible duplicate); then the frontline's decision task of that complaint is shown with the tier's
 * limits, and the employee resolves it with a remedy within the limit, or hands it over to the supervisor.
 */
@Named("newComplaint")
@ViewScoped
public class NewComplaintForm implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String DECIDE = "Task_DecideComplaint";
    static final String FRONTLINE = "FRONTLINE";

    /** Where the employee is: filling in the form, deciding, or done. */
    public enum Step { FORM, FILED, RESOLVED, HANDED_OVER }

    @Inject
    CurrentUser user;
    @Inject
    Preferences prefs;
    @Inject
    Organisation organisation;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintTasks tasks;
    @Inject
    ServicePolicy policy;
    @Inject
    InputValidator validator;

    private Step step = Step.FORM;
    /** Makes a repeated click on "Record" (a slow network) return the first complaint instead of a second one. */
    private final String idempotencyKey = "console-" + UUID.randomUUID();

    // the complaint form
    private String branchCode;
    private Channel channel = Channel.IN_PERSON;
    private String name;
    private String email;
    private String phone;
    private String postalAddress;
    private String preferredLanguage;
    private boolean consentToContact;
    private CustomerType customerType = CustomerType.UNKNOWN;
    private ComplaintCategory category = ComplaintCategory.OTHER;
    private Severity severity = Severity.MEDIUM;
    private String description;
    private String customerRequest;
    private String item;
    private BigDecimal price;
    private LocalDate purchaseDate;
    private boolean receiptPresent;
    private String receiptNumber;

    // what filing answered
    private String reference;
    private String duplicateOf;
    private String acknowledgementKind;
    private String acknowledgementText;
    private Instant expectedResponseBy;
    private String filedBranch;

    // the decision on the spot
    private String taskId;
    private transient TaskDetail detail;
    private String remedy;
    private BigDecimal amount;
    private boolean receiptPresented;
    private String saidToCustomer;
    private String reason;

    private transient List<BranchInfo> branches;
    private transient ServicePolicy.PhraseGuide guide;
    private transient String guideLanguage;
    private transient ServicePolicy.PhraseGuide customerGuide;
    private transient String customerGuideLanguage;
    /** The language the filed complaint's customer is spoken to in, as intake recorded it. */
    private String filedLanguage;

    @PostConstruct
    void init() {
        branchCode = user.getBranchCode();
        if (branchCode == null && !getBranches().isEmpty()) {
            branchCode = getBranches().get(0).code();
        }
    }

    /** The active branches the employee records complaints for. */
    public List<BranchInfo> getBranches() {
        if (branches == null) {
            Caller caller = user.caller();
            branches = organisation.branches().stream().filter(BranchInfo::active)
                    .filter(b -> organisation.canSeeBranch(caller, b.code())).toList();
        }
        return branches;
    }

    public Channel[] getChannels() {
        return Channel.values();
    }

    public CustomerType[] getCustomerTypes() {
        return CustomerType.values();
    }

    public ComplaintCategory[] getCategories() {
        return ComplaintCategory.values();
    }

    public Severity[] getSeverities() {
        return Severity.values();
    }

    public List<String> getRemedies() {
        return Arrays.stream(Remedy.values()).map(Remedy::name).toList();
    }

    // which contact fields the channel needs (intake checks them; the form only shows and marks them)

    public boolean isShowEmail() {
        return channel != Channel.LETTER;
    }

    public boolean isEmailRequired() {
        return channel == Channel.EMAIL;
    }

    public boolean isShowPhone() {
        return channel != Channel.LETTER && channel != Channel.EMAIL;
    }

    public boolean isPhoneRequired() {
        return channel == Channel.PHONE || channel == Channel.SMS;
    }

    public boolean isEmailOrPhone() {
        return channel == Channel.WEB;
    }

    public boolean isShowPostalAddress() {
        return channel == Channel.LETTER;
    }

    /** The handbook's advice for the customer type, in the employee's language. */
    public String getAdvice() {
        return policy.handlingAdvice(customerType == null ? CustomerType.UNKNOWN : customerType, prefs.getLanguage());
    }

    /**
     * The language the customer is spoken to in: the one the form names, else the branch's (as intake decides); after
     * filing, the one recorded.
     */
    public String getCustomerLanguage() {
        if (filedLanguage != null) {
            return filedLanguage;
        }
        if (preferredLanguage != null && !preferredLanguage.isBlank()) {
            return preferredLanguage;
        }
        return getBranches().stream().filter(b -> b.code().equals(branchCode)).findFirst()
                .map(BranchInfo::language).orElse("en");
    }

    /** The customer's language in its own name ("Deutsch"), to label the words meant for the customer. */
    public String getCustomerLanguageName() {
        return prefs.languageName(getCustomerLanguage());
    }

    /** The phrase guide's phrases in the customer's language: the words to say to them. */
    public ServicePolicy.PhraseGuide getCustomerGuide() {
        String language = getCustomerLanguage();
        if (customerGuide == null || !language.equals(customerGuideLanguage)) {
            customerGuideLanguage = language;
            customerGuide = policy.phraseGuide(language);
        }
        return customerGuide;
    }

    /** The phrase guide's ground rules (advice for the employee), from the handbook in force, in their language. */
    public ServicePolicy.PhraseGuide getGuide() {
        if (guide == null || !prefs.getLanguage().equals(guideLanguage)) {
            guideLanguage = prefs.getLanguage();
            guide = policy.phraseGuide(guideLanguage);
        }
        return guide;
    }

    public String getCurrency() {
        return detail() != null ? detail().currency() : policy.currency();
    }

    public void channelChanged() {
        // the page shows the fields the new channel needs
    }

    /** Records the complaint; on success the decision on the spot follows. */
    public void file() {
        Caller caller = user.caller();
        if (!caller.hasRole(Roles.FRONTLINE) && !caller.hasRole(Roles.SUPERVISOR) && !caller.hasRole(Roles.MANAGER)) {
            Feedback.error("frontline", "new.notAllowed");
            return;
        }
        if (branchCode == null || !organisation.canSeeBranch(caller, branchCode)) {
            Feedback.atField("complaint", "branchCode", "frontline", "new.branch.notYours");
            return;
        }
        if (price != null && price.scale() > 4) {
            Feedback.atField("complaint", "purchase.price", "frontline", "new.amount.decimals");
            return;
        }
        ComplaintIntake.Receipt receipt = Feedback.attempt("complaint", () -> {
            validator.check(new ComplaintInput(new ComplaintInput.Customer(name, email, phone, postalAddress),
                    description, customerRequest, new ComplaintInput.Purchase(item, receiptNumber)));
            NewComplaint complaint = toNewComplaint();
            String hash = Sha256.hex(complaint.toString());
            return ConcurrentChange.retrying(() -> intake.receive(complaint, caller.username(), idempotencyKey, hash));
        });
        if (receipt == null) {
            return;
        }
        ComplaintView filed = receipt.complaint();
        reference = filed.reference();
        filedBranch = filed.branchCode();
        filedLanguage = filed.customer().preferredLanguage();
        duplicateOf = filed.possibleDuplicate() == null ? null : filed.possibleDuplicate().reference();
        expectedResponseBy = filed.expectedResponseBy();
        if (filed.acknowledgement() != null) {
            acknowledgementKind = filed.acknowledgement().kind();
            acknowledgementText = filed.acknowledgement().text();
        }
        step = Step.FILED;
        findDecisionTask(caller);
    }

    private NewComplaint toNewComplaint() {
        boolean anyPurchase = item != null || price != null || purchaseDate != null || receiptPresent
                || receiptNumber != null;
        PurchaseDetails purchase = anyPurchase ? new PurchaseDetails(item,
                price == null ? null : new Money(price, policy.currency()), purchaseDate, receiptPresent,
                receiptPresent ? receiptNumber : null) : null;
        return new NewComplaint(branchCode, channel,
                new CustomerDetails(name, isShowEmail() ? email : null, isShowPhone() ? phone : null,
                        isShowPostalAddress() ? postalAddress : null, preferredLanguage, consentToContact),
                customerType, category, severity, description, customerRequest, purchase);
    }

    /** The frontline's decision task of the complaint just filed, if the employee may work it. */
    private void findDecisionTask(Caller caller) {
        try {
            taskId = tasks.openTasks(caller, new TaskFilter(filedBranch, FRONTLINE, null, null, null, reference, DECIDE),
                    0, 1).items().stream().map(TaskSummary::id).findFirst().orElse(null);
            if (taskId != null) {
                receiptPresented = detail().receiptPresented();
            }
        } catch (ProblemException notTheirs) {
            taskId = null;
        }
    }

    /** The decision task with the tier's limits; read again after the view was restored. */
    public TaskDetail detail() {
        if (detail == null && taskId != null && step == Step.FILED) {
            try {
                detail = tasks.detail(taskId, user.caller());
            } catch (ProblemException gone) {
                taskId = null;
            }
        }
        return detail;
    }

    public TaskDetail getDetail() {
        return detail();
    }

    public boolean isCanDecide() {
        return step == Step.FILED && detail() != null;
    }

    /** Each remedy with the tier's limit (null: not the tier's to grant) and whether it needs the receipt. */
    public List<RemedyLimit> getLimits() {
        TaskDetail d = detail();
        return d == null ? List.of() : RemedyLimit.of(d.limits(), d.receiptRequiredFor());
    }

    public Money getLimit() {
        return remedy == null || detail() == null ? null : detail().limits().get(remedy);
    }

    public boolean isApology() {
        return Remedy.APOLOGY.name().equals(remedy);
    }

    public boolean isRemedyAllowed() {
        return getLimit() != null;
    }

    public boolean isReceiptMissing() {
        return remedy != null && detail() != null && detail().receiptRequiredFor().contains(remedy)
                && !receiptPresented;
    }

    public boolean isAboveLimit() {
        Money limit = getLimit();
        return limit != null && !isApology() && amount != null && amount.compareTo(limit.amount()) > 0;
    }

    /** Whether the employee may resolve it with this remedy and amount; otherwise they hand it over. */
    public boolean isWithinLimit() {
        return remedy != null && isRemedyAllowed() && !isReceiptMissing() && !isAboveLimit();
    }

    public boolean isHandOver() {
        return remedy != null && !isWithinLimit();
    }

    public void decisionChanged() {
        // the page shows resolve or hand over for the remedy and amount chosen
    }

    /** Resolves the complaint on the spot: completes the frontline's decision with the remedy. */
    public void resolve() {
        if (!isWithinLimit()) {
            Feedback.error("frontline", "new.decide.notWithin");
            return;
        }
        if (!isApology() && amount != null && amount.scale() > 4) {
            Feedback.atField("decision", "amount", "frontline", "new.amount.decimals");
            return;
        }
        Money value = isApology() || amount == null ? null : new Money(amount, getCurrency());
        TaskInput input = new TaskInput("RESOLVE", remedy, value, receiptPresented, saidToCustomer, null, null, null,
                null, null, null, null, null, null, null, null, null);
        if (complete(input)) {
            step = Step.RESOLVED;
        }
    }

    /** Hands the complaint over to the branch's supervisor, with the employee's reason. */
    public void handOver() {
        TaskInput input = new TaskInput("ESCALATE", null, null, null, null, reason, null, null, null, null, null,
                null, null, null, null, null, null);
        if (complete(input)) {
            step = Step.HANDED_OVER;
        }
    }

    private boolean complete(TaskInput input) {
        Caller caller = user.caller();
        String id = taskId;
        boolean done = Feedback.attempt("decision", () -> ConcurrentChange.retrying(() -> tasks.complete(id, input, caller)));
        if (done) {
            detail = null;
        }
        return done;
    }

    // getters and setters

    public Step getStep() {
        return step;
    }

    public String getReference() {
        return reference;
    }

    public String getDuplicateOf() {
        return duplicateOf;
    }

    public String getAcknowledgementKind() {
        return acknowledgementKind;
    }

    public String getAcknowledgementText() {
        return acknowledgementText;
    }

    public Instant getExpectedResponseBy() {
        return expectedResponseBy;
    }

    public String getFiledBranch() {
        return filedBranch;
    }

    public String getBranchCode() {
        return branchCode;
    }

    public void setBranchCode(String branchCode) {
        this.branchCode = branchCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel == null ? Channel.IN_PERSON : channel;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getPostalAddress() {
        return postalAddress;
    }

    public void setPostalAddress(String postalAddress) {
        this.postalAddress = postalAddress;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isConsentToContact() {
        return consentToContact;
    }

    public void setConsentToContact(boolean consentToContact) {
        this.consentToContact = consentToContact;
    }

    public CustomerType getCustomerType() {
        return customerType;
    }

    public void setCustomerType(CustomerType customerType) {
        this.customerType = customerType;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public void setCategory(ComplaintCategory category) {
        this.category = category;
    }

    public Severity getSeverity() {
        return severity;
    }

    public void setSeverity(Severity severity) {
        this.severity = severity;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCustomerRequest() {
        return customerRequest;
    }

    public void setCustomerRequest(String customerRequest) {
        this.customerRequest = customerRequest;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public void setPrice(BigDecimal price) {
        this.price = price;
    }

    public LocalDate getPurchaseDate() {
        return purchaseDate;
    }

    public void setPurchaseDate(LocalDate purchaseDate) {
        this.purchaseDate = purchaseDate;
    }

    public boolean isReceiptPresent() {
        return receiptPresent;
    }

    public void setReceiptPresent(boolean receiptPresent) {
        this.receiptPresent = receiptPresent;
    }

    public String getReceiptNumber() {
        return receiptNumber;
    }

    public void setReceiptNumber(String receiptNumber) {
        this.receiptNumber = receiptNumber;
    }

    public String getRemedy() {
        return remedy;
    }

    public void setRemedy(String remedy) {
        this.remedy = remedy;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public boolean isReceiptPresented() {
        return receiptPresented;
    }

    public void setReceiptPresented(boolean receiptPresented) {
        this.receiptPresented = receiptPresented;
    }

    public String getSaidToCustomer() {
        return saidToCustomer;
    }

    public void setSaidToCustomer(String saidToCustomer) {
        this.saidToCustomer = saidToCustomer;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
