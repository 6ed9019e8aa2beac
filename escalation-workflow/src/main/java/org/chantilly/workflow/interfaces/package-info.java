/** How the outside world reaches the workflow. */
package org.chantilly.workflow.interfaces;
