/**
 * The escalation workflow: BPMN models (the single source of routing truth) on an embedded Camunda 7 engine that
 * shares the application's JTA transactions and datasource. Other modules use only {@link org.chantilly.workflow.api}.
 */
package org.chantilly.workflow;
