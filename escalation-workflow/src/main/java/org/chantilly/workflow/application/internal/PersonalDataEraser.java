package org.chantilly.workflow.application.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricDetail;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.chantilly.intake.api.CustomerErased;
import org.chantilly.workflow.domain.HandlingRecords;
import org.chantilly.workflow.domain.PersonalDataScrub;

/**
 * The workflow's part of a customer's erasure, in the erasure's transaction: its own records of the complaints
 * (what was said to the customer, outcome letters, meetings, step notes with the customer's replies, follow-up notes,
 * and the briefings of their branches, which copy follow-up notes) lose the customer's personal values; in the process
 * engine, any process variable of the complaints' processes (runtime and history, with its recorded updates) that
 * holds one of those values is removed. The engine keeps only routing facts by design (ids, channel, amounts,
 * decisions), so the latter is a safety net. Logs counts, never values.
 */
@ApplicationScoped
class PersonalDataEraser {

    private static final Logger LOG = Logger.getLogger(PersonalDataEraser.class.getName());

    @Inject
    HandlingRecords records;

    @Inject
    RuntimeService runtime;

    @Inject
    HistoryService history;

    void onCustomerErased(@Observes CustomerErased erased) {
        PersonalDataScrub scrub = erased::scrub;
        for (String reference : erased.references()) {
            records.resolutionsOf(reference).forEach(r -> r.erasePersonalData(scrub));
            records.meetingsOf(reference).forEach(m -> m.erasePersonalData(scrub));
            records.notesOf(reference).forEach(n -> n.erasePersonalData(scrub));
            records.followUpsOf(reference).forEach(f -> f.erasePersonalData(scrub));
        }
        for (String branch : erased.branchCodes()) {
            records.briefingsOf(branch).forEach(b -> b.erasePersonalData(scrub, erased.references()));
        }
        int removed = 0;
        for (String reference : erased.references()) {
            removed += removeVariablesHolding(reference, erased);
        }
        int variables = removed;
        LOG.info(() -> "personal data erased from the workflow records of " + erased.references()
                + (variables == 0 ? "" : "; " + variables + " process variable(s) holding personal values removed"));
    }

    private int removeVariablesHolding(String reference, CustomerErased erased) {
        List<String> instances = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(reference)
                .list().stream().map(HistoricProcessInstance::getId).toList();
        if (instances.isEmpty()) {
            return 0;
        }
        String[] ids = instances.toArray(String[]::new);
        Set<String> personal = new HashSet<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery().processInstanceIdIn(ids)
                .disableCustomObjectDeserialization().list()) {
            if (variable.getValue() instanceof String text && erased.personalValues().foundIn(text)) {
                personal.add(variable.getId());
            }
        }
        for (String id : instances) {
            for (HistoricDetail detail : history.createHistoricDetailQuery().processInstanceId(id).variableUpdates()
                    .disableCustomObjectDeserialization().list()) {
                if (detail instanceof HistoricVariableUpdate update && update.getValue() instanceof String text
                        && erased.personalValues().foundIn(text)) {
                    personal.add(update.getVariableInstanceId());
                }
            }
        }
        List<VariableInstance> live = new ArrayList<>();
        if (!personal.isEmpty()) {
            live = runtime.createVariableInstanceQuery().processInstanceIdIn(ids).disableCustomObjectDeserialization()
                    .list().stream().filter(v -> personal.contains(v.getId())).toList();
        }
        for (VariableInstance variable : live) {
            runtime.removeVariableLocal(variable.getExecutionId(), variable.getName());
        }
        for (String id : personal) {
            if (history.createHistoricVariableInstanceQuery().variableId(id).count() > 0) {
                history.deleteHistoricVariableInstance(id);
            }
        }
        return personal.size();
    }
}
