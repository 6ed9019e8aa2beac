/** How the outside world reaches intake. */
package org.chantilly.intake.interfaces;
