/**
 * The complaint aggregate and its value objects; no persistence or web code (JPA mapping annotations only).
 */
package org.chantilly.intake.domain;
