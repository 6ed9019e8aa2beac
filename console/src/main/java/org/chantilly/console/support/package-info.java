/** What every page of the console shares: the signed-in employee, their language and time zone, messages. */
package org.chantilly.console.support;
