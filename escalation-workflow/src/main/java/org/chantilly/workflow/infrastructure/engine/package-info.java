/**
 * The embedded Camunda 7 engine: built on the container's JTA transaction manager and datasource, its job
 * executor on the container's managed threads, its expressions resolving CDI beans by name.
 */
package org.chantilly.workflow.infrastructure.engine;
