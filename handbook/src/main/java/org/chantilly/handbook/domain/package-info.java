/** The handbook's versions, signatures and supplements, and the rules they keep. */
package org.chantilly.handbook.domain;
