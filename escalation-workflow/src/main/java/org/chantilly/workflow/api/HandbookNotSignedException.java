package org.chantilly.workflow.api;

import org.chantilly.platform.api.ConflictException;

/**
 * A supervisor, manager or head office employee tried to decide a complaint without having signed the handbook in
 * force. Every employee who decides must have signed it; the frontline's unsigned resolution goes up to the
 * supervisor instead. Becomes a 409 problem that names the version to sign.
 */
public class HandbookNotSignedException extends ConflictException {

    private final int version;

    public HandbookNotSignedException(int version) {
        super(WorkflowMessage.HANDBOOK_NOT_SIGNED, version);
        this.version = version;
    }

    /** The version in force, the one to sign. */
    public int version() {
        return version;
    }
}
