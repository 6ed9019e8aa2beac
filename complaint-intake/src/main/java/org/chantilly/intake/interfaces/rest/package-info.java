/** Intake's REST resources under {@code /api/complaints}: validated records in, records out, never entities. */
package org.chantilly.intake.interfaces.rest;
