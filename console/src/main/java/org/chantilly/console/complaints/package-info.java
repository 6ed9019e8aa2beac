/** The complaint page: details, timeline, attachments, the customer's history, the process diagram and the current task. */
package org.chantilly.console.complaints;
