package org.chantilly.workflow.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;


import org.chantilly.platform.api.Money;

/**
 * What an employee enters to complete a task. Which fields a task needs is in its form ({@link TaskDetail#form()});
 * the others must be left out.
 *
 * @param decision         "Decide the complaint": RESOLVE, ESCALATE, HAND_BACK or WAIT_FOR_CUSTOMER; "Review the
 *                         draft" of a handbook version: APPROVE or SEND_BACK
 * @param remedy           with RESOLVE: REPLACEMENT, REFUND, DISCOUNT, STORE_CREDIT, FREE_GOODS, APOLOGY or OTHER
 * @param amount           with RESOLVE: the remedy's value in the handbook's currency (zero for an apology)
 * @param receiptPresented with RESOLVE: whether the customer has shown the receipt (default: as recorded at intake)
 * @param saidToCustomer   with RESOLVE: what the customer was told
 * @param reason           with ESCALATE, HAND_BACK, WAIT_FOR_CUSTOMER (what was asked); or why no follow-up
 * @param meetingAt        personal meeting: when it took place
 * @param place            personal meeting: where
 * @param attendees        personal meeting: who attended
 * @param outcome          personal meeting, call with the outcome, management contact: what came of it
 * @param followUps        follow-up decision: COACHING, TRAINING, PRE_SHIFT_TOPIC, RECOGNITION (empty: none, with reason)
 * @param coachingOn       with COACHING: the date it is scheduled for
 * @param trainingOn       with TRAINING: the date it is scheduled for
 * @param topic            with COACHING, TRAINING or PRE_SHIFT_TOPIC: what it is about
 * @param recognition      with RECOGNITION: what the employee is recognised for
 * @param doneOn           confirming coaching or training: the day it took place
 * @param effectiveFrom    approving a handbook version (decision APPROVE): when it takes effect (default: now)
 */
public record TaskInput(String decision, String remedy, Money amount,
                        Boolean receiptPresented, String saidToCustomer,
                        String reason, Instant meetingAt, String place, List<String> attendees, String outcome,
                        List<String> followUps, LocalDate coachingOn, LocalDate trainingOn, String topic,
                        String recognition, LocalDate doneOn, Instant effectiveFrom) {

    /** Nothing entered. */
    public static TaskInput empty() {
        return new TaskInput(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }
}
