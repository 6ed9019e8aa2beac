/**
 * Organisation master data: branches (address, zone, business hours, holidays, region, language) and staff, with
 * the admin endpoints that keep them. Nothing is deleted while complaints refer to it; it is deactivated.
 */
package org.chantilly.platform.organisation;
