/** Thin Java delegates bound from the BPMN models by name: read variables, call one application service. */
package org.chantilly.workflow.infrastructure.delegates;
