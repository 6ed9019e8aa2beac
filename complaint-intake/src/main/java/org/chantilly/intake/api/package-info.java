/**
 * The published language of complaint intake: the intake facade, its request and view records, the channel and
 * status vocabularies and the {@link org.chantilly.intake.api.ComplaintReceived} event.
 */
package org.chantilly.intake.api;
