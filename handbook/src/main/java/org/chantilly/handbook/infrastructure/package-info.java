/** Persistence of the handbook: versions, signatures and supplements in the handbook's own tables. */
package org.chantilly.handbook.infrastructure;
