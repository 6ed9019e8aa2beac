/** JPA persistence of the workflow's own records. */
package org.chantilly.workflow.infrastructure.persistence;
