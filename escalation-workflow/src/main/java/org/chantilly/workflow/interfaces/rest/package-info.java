/** The workflow's REST resources under {@code /api/tasks}. */
package org.chantilly.workflow.interfaces.rest;
