/** The handbook's services: versions, signing, supplements, and the policy in force. */
package org.chantilly.handbook.application.internal;
