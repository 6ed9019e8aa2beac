/** JPA persistence of intake, the module's database schema, mail, its scheduled retention run and its meters. */
package org.chantilly.intake.infrastructure;
