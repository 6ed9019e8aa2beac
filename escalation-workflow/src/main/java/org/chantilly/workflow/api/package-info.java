/** What other modules and the web layer may use of the workflow: the caller's tasks. */
package org.chantilly.workflow.api;
