/** The workflow's use cases: starting a complaint's process, working its tasks. */
package org.chantilly.workflow.application;
