/** The workflow's technical glue. */
package org.chantilly.workflow.infrastructure;
