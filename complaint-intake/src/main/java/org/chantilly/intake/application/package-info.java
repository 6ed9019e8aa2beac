/** Intake's use cases, behind the {@link org.chantilly.intake.api.ComplaintIntake} facade. */
package org.chantilly.intake.application;
