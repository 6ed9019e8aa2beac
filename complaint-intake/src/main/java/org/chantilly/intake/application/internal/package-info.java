/** Transactional implementations of intake's use cases. */
package org.chantilly.intake.application.internal;
