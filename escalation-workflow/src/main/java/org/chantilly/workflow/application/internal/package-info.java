/** Implementations of the workflow's use cases on the Camunda engine API. */
package org.chantilly.workflow.application.internal;
