/**
 * What other modules may read of the handbook: the policy in force. Empty until the handbook issue lands; the
 * module exists from the start so that the module graph is fixed and enforced.
 */
package org.chantilly.handbook.api;
