/**
 * The administrators' pages: branches with their calendars, staff accounts and roles, and the workflow's incidents.
 * They call {@link org.chantilly.platform.api.OrganisationAdmin} and {@link org.chantilly.workflow.api.Incidents},
 * the same use cases as the admin API, so every change is checked and audited as it is there.
 */
package org.chantilly.console.admin;
