/**
 * The shared kernel of Chantilly: what every business module needs and none of them owns.
 * Modules use only {@link org.chantilly.platform.api}; {@code internal} holds accounts and schema migrations.
 */
package org.chantilly.platform;
