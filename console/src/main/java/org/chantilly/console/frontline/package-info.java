/**
 * The frontline's pages: the new complaint form (with the handling advice, the phrase guide, the duplicate warning
 * and the decision on the spot), the employee's open tasks and the branch's complaints.
 */
package org.chantilly.console.frontline;
