/**
 * The published language of complaint intake: the intake facade, its request and view records, the channel and
 * status vocabularies, the {@link org.chantilly.intake.api.ComplaintReceived} event, and personal data: erasure
 * requests, the retention rule and the {@link org.chantilly.intake.api.CustomerErased} event.
 */
package org.chantilly.intake.api;
