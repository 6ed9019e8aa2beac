/** The policy in force until versioned handbooks arrive: configuration with defaults. */
package org.chantilly.handbook.policy;
