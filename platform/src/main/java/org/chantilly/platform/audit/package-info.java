/**
 * The audit trail: an append-only hash chain of every state change, written in the transaction of the change, its
 * verification and its REST resource for auditors.
 */
package org.chantilly.platform.audit;
