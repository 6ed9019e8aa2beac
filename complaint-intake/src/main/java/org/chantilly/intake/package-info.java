/**
 * Complaint intake: the one structured complaint form, filled the same way for every channel and branch, from
 * which every complaint is tracked. Other modules use only {@link org.chantilly.intake.api}.
 */
package org.chantilly.intake;
