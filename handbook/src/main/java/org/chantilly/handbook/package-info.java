/**
 * The customer-service handbook: versions, sections in every staff language, the policy values that steer the
 * workflow, and each employee's signature. Depends on no other business module.
 */
package org.chantilly.handbook;
