/** The workflow's vocabulary: BPMN ids and variable names as Java sees them, candidate groups. */
package org.chantilly.workflow.domain;
