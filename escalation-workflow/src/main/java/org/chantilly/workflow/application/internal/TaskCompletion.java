package org.chantilly.workflow.application.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.chantilly.handbook.api.EscalationTier;
import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.Remedy;
import org.chantilly.handbook.api.ServicePolicy;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.MessageKey;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Text;
import org.chantilly.workflow.api.HandbookNotSignedException;
import org.chantilly.workflow.api.TaskDetail.FormField;
import org.chantilly.workflow.api.TaskInput;
import org.chantilly.workflow.api.WorkflowMessage;
import org.chantilly.workflow.domain.ComplaintHandlingProcess;
import org.chantilly.workflow.domain.ComplaintTierProcess;
import org.chantilly.workflow.domain.FollowUpKind;
import org.chantilly.workflow.domain.HandbookPublicationProcess;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.PersonalMeeting;
import org.chantilly.workflow.domain.TierDecision;

/**
 * What each kind of task asks for and what completing it records: the input is checked field by field (all broken
 * rules at once), the records are written, and only routing facts go into the process as variables.
 */
@ApplicationScoped
class TaskCompletion {

    /** The process variables a task's view and completion need. */
    static final List<String> FACTS = List.of(HandbookPublicationProcess.VAR_HANDBOOK_VERSION,
            ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE,
            ComplaintHandlingProcess.VAR_BRANCH_CODE, ComplaintHandlingProcess.VAR_RECEIVED_BY,
            ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, ComplaintTierProcess.VAR_TIER);

    /** Who records complaints from the public web form. */
    static final String WEB_FORM = "web-form";

    /** How far from today dates of meetings, coaching and training may lie. */
    static final Period DATE_RANGE = Period.ofYears(1);

    static final int TEXT = 2000;
    static final int REASON = 1000;

    /** What completing a task leads to. */
    record Completed(String outcome, String reason, Map<String, Object> variables) {
    }

    @Inject
    ServicePolicy policy;

    @Inject
    HandlingRecords records;

    @Inject
    ResolutionService resolutions;

    @Inject
    FollowUpService followUps;

    @Inject
    DecisionService decisions;

    @Inject
    Handbook handbook;

    @Inject
    RepositoryService repository;

    @Inject
    Clock clock;

    /** What of the request's body could not be read, reported with the form's own errors. */
    @Inject
    InputValidator validator;

    /** The form of a task kind (at a tier, for decisions). */
    List<FormField> form(String kind, String tier) {
        List<String> remedies = Arrays.stream(Remedy.values()).map(Remedy::name).toList();
        return switch (kind) {
            case ComplaintTierProcess.TASK_DECIDE_COMPLAINT -> List.of(
                    new FormField("decision", true, null, allowedDecisions(tier).stream().map(Enum::name).toList()),
                    new FormField("remedy", true, "decision=RESOLVE", remedies),
                    new FormField("amount", true, "decision=RESOLVE and remedy is not APOLOGY", List.of(policy.currency())),
                    new FormField("receiptPresented", false, "decision=RESOLVE", List.of("true", "false")),
                    new FormField("saidToCustomer", true, "decision=RESOLVE", List.of()),
                    new FormField("reason", true, "decision is not RESOLVE", List.of()));
            case ComplaintHandlingProcess.TASK_ARRANGE_PERSONAL_MEETING -> List.of(
                    new FormField("meetingAt", true, null, List.of()), new FormField("place", true, null, List.of()),
                    new FormField("attendees", true, null, List.of()), new FormField("outcome", true, null, List.of()));
            case ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME,
                 ComplaintHandlingProcess.TASK_MANAGEMENT_CONTACTS_CUSTOMER ->
                    List.of(new FormField("outcome", true, null, List.of()));
            case ComplaintHandlingProcess.TASK_DECIDE_FOLLOW_UP -> List.of(
                    new FormField("followUps", true, null, Arrays.stream(FollowUpKind.values()).map(Enum::name).toList()),
                    new FormField("coachingOn", true, "followUps contains COACHING", List.of()),
                    new FormField("trainingOn", true, "followUps contains TRAINING", List.of()),
                    new FormField("topic", true, "followUps contains COACHING, TRAINING or PRE_SHIFT_TOPIC", List.of()),
                    new FormField("recognition", true, "followUps contains RECOGNITION", List.of()),
                    new FormField("reason", true, "followUps is empty", List.of()));
            case ComplaintHandlingProcess.TASK_CONFIRM_COACHING, ComplaintHandlingProcess.TASK_CONFIRM_TRAINING ->
                    List.of(new FormField("doneOn", true, null, List.of()));
            case HandbookPublicationProcess.TASK_REVIEW_HANDBOOK_DRAFT -> List.of(
                    new FormField("decision", true, null, List.of(HandbookPublicationProcess.APPROVE,
                            HandbookPublicationProcess.SEND_BACK)),
                    new FormField("effectiveFrom", false, "decision=APPROVE", List.of()),
                    new FormField("reason", true, "decision=SEND_BACK", List.of()));
            default -> List.of();
        };
    }

    Completed complete(Task task, Map<String, Object> facts, TaskInput input, Caller caller) {
        String reference = (String) facts.get(ComplaintHandlingProcess.VAR_COMPLAINT_REFERENCE);
        Errors errors = new Errors(validator == null ? List.of() : validator.unreadable());
        return switch (task.getTaskDefinitionKey()) {
            case ComplaintTierProcess.TASK_DECIDE_COMPLAINT -> decide(task, reference, facts, input, caller, errors);
            case ComplaintHandlingProcess.TASK_ARRANGE_PERSONAL_MEETING -> meeting(reference, input, caller, errors);
            case ComplaintHandlingProcess.TASK_CALL_CUSTOMER_WITH_OUTCOME -> {
                String outcome = errors.text("outcome", input.outcome(), TEXT);
                errors.throwIfAny();
                resolutions.outcomeCalled(reference);
                yield new Completed("CUSTOMER_TOLD", outcome, Map.of());
            }
            case ComplaintHandlingProcess.TASK_MANAGEMENT_CONTACTS_CUSTOMER -> {
                String outcome = errors.text("outcome", input.outcome(), TEXT);
                errors.throwIfAny();
                yield new Completed("CUSTOMER_CONTACTED", outcome, Map.of());
            }
            case ComplaintHandlingProcess.TASK_DECIDE_FOLLOW_UP -> followUp(reference, facts, input, caller, errors);
            case ComplaintHandlingProcess.TASK_CONFIRM_COACHING -> confirm(reference, FollowUpKind.COACHING, input, caller, errors);
            case ComplaintHandlingProcess.TASK_CONFIRM_TRAINING -> confirm(reference, FollowUpKind.TRAINING, input, caller, errors);
            case HandbookPublicationProcess.TASK_REVIEW_HANDBOOK_DRAFT -> review(input, caller, errors);
            case HandbookPublicationProcess.TASK_REVISE_HANDBOOK_DRAFT -> {
                errors.throwIfAny();
                handbook.resubmit(((Number) facts.get(HandbookPublicationProcess.VAR_HANDBOOK_VERSION)).intValue(),
                        caller.username());
                yield new Completed("RESUBMITTED", null, Map.of());
            }
            default -> {
                errors.throwIfAny();
                yield new Completed("DONE", null, Map.of());
            }
        };
    }

    private Completed decide(Task task, String reference, Map<String, Object> facts, TaskInput input, Caller caller,
                             Errors errors) {
        EscalationTier tier = EscalationTier.valueOf((String) facts.get(ComplaintTierProcess.VAR_TIER));
        // every value of this decision from one handbook version, the one it is stamped with
        ServicePolicy policy = this.policy.snapshot();
        int inForce = Integer.parseInt(policy.version());
        boolean signed = handbook.hasSigned(caller.username(), inForce);
        if (!signed && tier != EscalationTier.FRONTLINE) {
            // the frontline's unsigned resolution goes up to the supervisor (the decision table); above, nobody decides
            throw new HandbookNotSignedException(inForce);
        }
        TierDecision decision = errors.oneOf("decision", input.decision(), TierDecision.class, allowedDecisions(tier.name()));
        if (decision == null) {
            errors.throwIfAny();
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintTierProcess.VAR_TIER_DECISION, decision.name());
        variables.put(ComplaintTierProcess.VAR_DECIDED_BY, caller.username());
        if (decision != TierDecision.RESOLVE) {
            String reason = errors.text("reason", input.reason(), REASON);
            errors.throwIfAny();
            return new Completed(decision.name(), reason, variables);
        }
        Remedy remedy = errors.oneOf("remedy", input.remedy(), Remedy.class, EnumSet.allOf(Remedy.class));
        String said = errors.text("saidToCustomer", input.saidToCustomer(), TEXT);
        BigDecimal amount = amount(policy, remedy, input, errors);
        errors.throwIfAny();
        boolean receipt = input.receiptPresented() != null ? input.receiptPresented()
                : Boolean.TRUE.equals(facts.get(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED));
        Map<String, Object> rule = new HashMap<>();
        rule.put(ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT,
                policy.empowermentLimit(tier, remedy).map(BigDecimal::doubleValue).orElse(null));
        rule.put(ComplaintTierProcess.VAR_RECEIPT_REQUIRED, policy.receiptRequired(tier, remedy));
        rule.put(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED, receipt);
        rule.put(ComplaintTierProcess.VAR_AMOUNT, amount.doubleValue());
        rule.put(ComplaintTierProcess.VAR_TIER, tier.name());
        rule.put(ComplaintTierProcess.VAR_HANDBOOK_SIGNED, signed);
        if (tier == EscalationTier.HEAD_OFFICE) {
            // nothing is escalated beyond head office: the table its process applies decides now, before completing
            String deployment = repository.getProcessDefinition(task.getProcessDefinitionId()).getDeploymentId();
            String table = repository.createDecisionDefinitionQuery().deploymentId(deployment)
                    .decisionDefinitionKey(ComplaintTierProcess.DECISION_KEY).singleResult().getId();
            String verdict = decisions.evaluateDecisionById(table).variables(rule).evaluate().getSingleEntry();
            if (!ComplaintTierProcess.WITHIN_LIMIT.equals(verdict)) {
                throw new InvalidInputException("remedy", WorkflowMessage.BEYOND_HEAD_OFFICE, verdict);
            }
        }
        variables.putAll(rule);
        variables.put(ComplaintTierProcess.VAR_REMEDY, remedy.name());
        variables.put(ComplaintTierProcess.VAR_PROPOSAL_ID,
                resolutions.propose(reference, tier, remedy, amount, said, caller.username(), policy.version(),
                        applied(policy, rule)));
        return new Completed("RESOLVE " + remedy + " " + amount.toPlainString() + " " + policy.currency(), said,
                variables);
    }

    private static BigDecimal amount(ServicePolicy policy, Remedy remedy, TaskInput input, Errors errors) {
        if (input.amount() == null) {
            if (remedy != Remedy.APOLOGY) {
                errors.add("amount", WorkflowMessage.AMOUNT_REQUIRED);
            }
            return BigDecimal.ZERO;
        }
        if (remedy == Remedy.APOLOGY && input.amount().amount().signum() != 0) {
            errors.add("amount", WorkflowMessage.AMOUNT_APOLOGY);
        }
        int digits = Currency.getInstance(policy.currency()).getDefaultFractionDigits();
        if (input.amount().amount().stripTrailingZeros().scale() > Math.max(digits, 0)) {
            errors.add("amount", WorkflowMessage.AMOUNT_DECIMALS, policy.currency(), digits);
        }
        if (!policy.currency().equals(input.amount().currency())) {
            errors.add("amount", WorkflowMessage.AMOUNT_CURRENCY, policy.currency());
        }
        if (input.amount().amount().signum() < 0) {
            errors.add("amount", WorkflowMessage.AMOUNT_NEGATIVE);
        }
        if (input.amount().amount().abs().compareTo(new BigDecimal("9999999999")) > 0) {
            errors.add("amount", WorkflowMessage.AMOUNT_TOO_LARGE);
        }
        return input.amount().amount();
    }

    private Completed meeting(String reference, TaskInput input, Caller caller, Errors errors) {
        if (input.meetingAt() == null) {
            errors.add("meetingAt", PlatformMessage.REQUIRED);
        } else {
            LocalDate day = input.meetingAt().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate today = LocalDate.now(clock);
            if (day.isBefore(today.minus(DATE_RANGE)) || day.isAfter(today.plus(DATE_RANGE))) {
                errors.add("meetingAt", WorkflowMessage.WITHIN_YEAR_OF_TODAY);
            }
        }
        String place = errors.text("place", input.place(), 200);
        String outcome = errors.text("outcome", input.outcome(), TEXT);
        List<String> attendees = input.attendees() == null ? List.of()
                : input.attendees().stream().filter(Text::hasText).map(String::strip).toList();
        if (attendees.isEmpty()) {
            errors.add("attendees", WorkflowMessage.ATTENDEE_REQUIRED);
        } else if (String.join(", ", attendees).length() > 500) {
            errors.add("attendees", WorkflowMessage.ATTENDEES_TOO_LONG, 500);
        }
        errors.throwIfAny();
        records.add(new PersonalMeeting(reference, input.meetingAt(), place, String.join(", ", attendees), outcome,
                caller.username(), clock.instant()));
        return new Completed("MEETING_HELD", outcome, Map.of());
    }

    private Completed followUp(String reference, Map<String, Object> facts, TaskInput input, Caller caller, Errors errors) {
        List<FollowUpKind> kinds = new ArrayList<>();
        for (String kind : input.followUps() == null ? List.<String>of() : input.followUps()) {
            FollowUpKind parsed = errors.oneOf("followUps", kind, FollowUpKind.class, EnumSet.allOf(FollowUpKind.class));
            if (parsed != null && !kinds.contains(parsed)) {
                kinds.add(parsed);
            }
        }
        if (input.followUps() == null) {
            errors.add("followUps", WorkflowMessage.FOLLOW_UPS_REQUIRED);
        }
        String reason = input.followUps() != null && input.followUps().isEmpty()
                ? errors.text("reason", input.reason(), REASON) : null;
        boolean topicNeeded = kinds.contains(FollowUpKind.COACHING) || kinds.contains(FollowUpKind.TRAINING)
                || kinds.contains(FollowUpKind.PRE_SHIFT_TOPIC);
        String topic = topicNeeded ? errors.text("topic", input.topic(), REASON) : null;
        if (kinds.contains(FollowUpKind.COACHING)) {
            errors.date("coachingOn", input.coachingOn(), false);
        }
        if (kinds.contains(FollowUpKind.TRAINING)) {
            errors.date("trainingOn", input.trainingOn(), false);
        }
        String recognition = kinds.contains(FollowUpKind.RECOGNITION)
                ? errors.text("recognition", input.recognition(), REASON) : null;
        errors.throwIfAny();
        String branch = (String) facts.get(ComplaintHandlingProcess.VAR_BRANCH_CODE);
        // a web-form complaint was received by nobody: its follow-up concerns the employee who resolved it
        String receivedBy = (String) facts.get(ComplaintHandlingProcess.VAR_RECEIVED_BY);
        String employee = !WEB_FORM.equals(receivedBy) ? receivedBy
                : records.latestResolution(reference).map(r -> r.proposedBy()).orElse(caller.username());
        for (FollowUpKind kind : kinds) {
            LocalDate on = switch (kind) {
                case COACHING -> input.coachingOn();
                case TRAINING -> input.trainingOn();
                default -> null;
            };
            followUps.decide(reference, branch, employee, kind, kind == FollowUpKind.RECOGNITION ? recognition : topic,
                    on, caller.username());
        }
        Map<String, Object> variables = Map.of(
                ComplaintHandlingProcess.VAR_FOLLOW_UP_COACHING, kinds.contains(FollowUpKind.COACHING),
                ComplaintHandlingProcess.VAR_FOLLOW_UP_TRAINING, kinds.contains(FollowUpKind.TRAINING),
                ComplaintHandlingProcess.VAR_FOLLOW_UP_PRE_SHIFT_TOPIC, kinds.contains(FollowUpKind.PRE_SHIFT_TOPIC),
                ComplaintHandlingProcess.VAR_FOLLOW_UP_RECOGNITION, kinds.contains(FollowUpKind.RECOGNITION));
        return new Completed(kinds.isEmpty() ? "NO_FOLLOW_UP" : "FOLLOW_UP " + kinds, reason, variables);
    }

    private Completed confirm(String reference, FollowUpKind kind, TaskInput input, Caller caller, Errors errors) {
        errors.date("doneOn", input.doneOn(), true);
        errors.throwIfAny();
        followUps.confirm(reference, kind, input.doneOn(), caller.username());
        return new Completed(kind + "_DONE", null, Map.of());
    }

    private Completed review(TaskInput input, Caller caller, Errors errors) {
        String decision = input.decision();
        if (!HandbookPublicationProcess.APPROVE.equals(decision) && !HandbookPublicationProcess.SEND_BACK.equals(decision)) {
            errors.add("decision", WorkflowMessage.APPROVE_OR_SEND_BACK);
        }
        String reason = HandbookPublicationProcess.SEND_BACK.equals(decision) ? errors.text("reason", input.reason(), TEXT)
                : input.reason() == null ? null : errors.text("reason", input.reason(), TEXT);
        Instant now = clock.instant();
        Instant effective = input.effectiveFrom() == null ? now : input.effectiveFrom();
        if (effective.isAfter(now.plus(Duration.ofDays(366)))) {
            errors.add("effectiveFrom", WorkflowMessage.WITHIN_YEAR);
        }
        errors.throwIfAny();
        Map<String, Object> variables = new HashMap<>();
        variables.put(HandbookPublicationProcess.VAR_APPROVAL_DECISION, decision);
        variables.put(HandbookPublicationProcess.VAR_APPROVED_BY, caller.username());
        variables.put(HandbookPublicationProcess.VAR_EFFECTIVE_FROM, Date.from(effective.isBefore(now) ? now : effective));
        variables.put(HandbookPublicationProcess.VAR_REVIEW_COMMENT, reason);
        return new Completed(decision, reason, variables);
    }

    /** The policy values the decision applied, for the record: handbook version, limit, receipt rule, signature. */
    private static String applied(ServicePolicy policy, Map<String, Object> rule) {
        Object limit = rule.get(ComplaintTierProcess.VAR_EMPOWERMENT_LIMIT);
        return "handbook " + policy.version() + "; limit " + (limit == null ? "none"
                : new BigDecimal(limit.toString()).setScale(Currency.getInstance(policy.currency())
                        .getDefaultFractionDigits(), java.math.RoundingMode.HALF_UP).toPlainString() + " " + policy.currency())
                + "; receipt required " + rule.get(ComplaintTierProcess.VAR_RECEIPT_REQUIRED)
                + "; receipt presented " + rule.get(ComplaintHandlingProcess.VAR_RECEIPT_PRESENTED)
                + "; handbook signed " + rule.get(ComplaintTierProcess.VAR_HANDBOOK_SIGNED);
    }

    /** The decisions a tier may take: the frontline hands nothing back, head office escalates nothing. */
    static Set<TierDecision> allowedDecisions(String tier) {
        EnumSet<TierDecision> allowed = EnumSet.allOf(TierDecision.class);
        if (EscalationTier.FRONTLINE.name().equals(tier)) {
            allowed.remove(TierDecision.HAND_BACK);
        }
        if (EscalationTier.HEAD_OFFICE.name().equals(tier)) {
            allowed.remove(TierDecision.ESCALATE);
        }
        return allowed;
    }

    /** Collects every broken rule of one input, after the fields its body could not give. */
    private final class Errors {

        private final List<FieldError> errors = new ArrayList<>();
        private final Set<String> unreadable;

        Errors(List<FieldError> unreadable) {
            errors.addAll(unreadable);
            this.unreadable = unreadable.stream().map(FieldError::field).collect(Collectors.toSet());
        }

        void add(String field, MessageKey message, Object... arguments) {
            // a field the body could not give (or a part of it) is reported as such, not again as missing
            if (unreadable.stream().noneMatch(u -> u.equals(field) || u.startsWith(field + ".")
                    || u.startsWith(field + "["))) {
                errors.add(FieldError.of(field, message, arguments));
            }
        }

        String text(String field, String value, int max) {
            if (Text.isBlank(value)) {
                add(field, PlatformMessage.REQUIRED_TEXT);
                return null;
            }
            if (value.length() > max) {
                add(field, PlatformMessage.TOO_LONG, max);
            }
            if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                add(field, PlatformMessage.CONTROL_CHARACTERS);
            }
            return value.strip();
        }

        <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, Set<E> allowed) {
            if (Text.isBlank(value)) {
                add(field, PlatformMessage.REQUIRED);
                return null;
            }
            for (E candidate : allowed) {
                if (candidate.name().equals(value)) {
                    return candidate;
                }
            }
            add(field, PlatformMessage.ONE_OF, allowed.stream().map(Enum::name).toList());
            return null;
        }

        void date(String field, LocalDate value, boolean notInFuture) {
            LocalDate today = LocalDate.now(clock);
            if (value == null) {
                add(field, PlatformMessage.REQUIRED);
            } else if (notInFuture && value.isAfter(today.plusDays(1))) {
                add(field, PlatformMessage.NOT_IN_FUTURE);
            } else if (value.isBefore(today.minus(DATE_RANGE)) || value.isAfter(today.plus(DATE_RANGE))) {
                add(field, WorkflowMessage.WITHIN_YEAR_OF_TODAY);
            }
        }

        void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }

}
