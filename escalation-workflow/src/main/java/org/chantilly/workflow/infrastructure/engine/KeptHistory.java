package org.chantilly.workflow.infrastructure.engine;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.chantilly.workflow.domain.ComplaintTierProcess;

/**
 * The history the engine keeps, each part for a reason: process, activity and task instances (the complaint's
 * timeline and the compliance report's conformance check), incidents, the job log (when each deadline fired), the
 * evaluations of the empowerment decision (what was decided on which facts, for decision replay), identity links and
 * the operation log; and the last value of the few variables the application reads back from history (the tier a
 * tier process decided at, the decision table's verdict). What goes is the history of every other variable and the
 * detail row the engine's "full" level writes for every update of every variable: two of every three variable writes,
 * which nothing reads. The domain's own tables say what happened to a complaint; the engine carries routing facts.
 */
public final class KeptHistory extends AbstractHistoryLevel {

    /** The level's number in {@code ACT_GE_PROPERTY} ({@code historyLevel}); the engine's own levels are 0 to 3. */
    public static final int ID = 20;

    /** The level's name, for {@code ProcessEngineConfiguration.setHistory}. */
    public static final String NAME = "chantilly";

    public static final KeptHistory LEVEL = new KeptHistory();

    /** What "full" writes and this level does not. */
    private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
            HistoryEventTypes.FORM_PROPERTY_UPDATE);

    /** The events of a variable's history, written for {@link #KEPT_VARIABLES} only. */
    private static final Set<HistoryEventType> VARIABLE_HISTORY = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_CREATE,
            HistoryEventTypes.VARIABLE_INSTANCE_UPDATE, HistoryEventTypes.VARIABLE_INSTANCE_MIGRATE,
            HistoryEventTypes.VARIABLE_INSTANCE_DELETE);

    /**
     * The variables whose history the application reads: the tier of a tier process (the timeline, the diagram, the
     * earlier decisions on a task) and the empowerment decision's verdict (a refused remedy's outcome).
     */
    public static final Set<String> KEPT_VARIABLES = Set.of(ComplaintTierProcess.VAR_TIER,
            ComplaintTierProcess.VAR_EMPOWERMENT_DECISION);

    private static final Logger LOG = Logger.getLogger(KeptHistory.class.getName());

    private KeptHistory() {
    }

    @Override
    public int getId() {
        return ID;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
        if (LEFT_OUT.contains(eventType)) {
            return false;
        }
        if (VARIABLE_HISTORY.contains(eventType) && entity instanceof CoreVariableInstance variable) {
            return KEPT_VARIABLES.contains(variable.getName());
        }
        return true; // asked without a variable (whether the kind is produced at all), or any other kind
    }

    /**
     * Moves a database whose engine kept "full" history (as Chantilly did before this level) to this level, before
     * the engine starts: the engine stores its level in {@code ACT_GE_PROPERTY} and refuses to start with another.
     * History written so far stays as it is. A new database (no engine tables yet) is left to the engine's scripts.
     */
    public static void adopt(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            if (!hasPropertyTable(connection)) {
                return;
            }
            try (PreparedStatement update = connection.prepareStatement(
                    "update ACT_GE_PROPERTY set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                update.setString(1, Integer.toString(ID));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    LOG.info("the engine's history level changed from 'full' to '" + NAME + "': variable updates are "
                            + "no longer written as history detail; the history written so far stays");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the engine's history level could not be read or changed", e);
        }
    }

    private static boolean hasPropertyTable(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : new String[] {"ACT_GE_PROPERTY", "act_ge_property"}) {
            try (ResultSet tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
