/** JPA persistence of intake and the module's database schema. */
package org.chantilly.intake.infrastructure;
