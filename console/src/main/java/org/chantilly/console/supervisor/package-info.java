/** The supervisor's and management's pages: the escalation queue, their staff's handbook signatures, the pre-shift briefing. */
package org.chantilly.console.supervisor;
