/**
 * Turns every failure into an RFC 9457 problem detail ({@code application/problem+json}). Details shown to the
 * caller are written for them; internal messages and stack traces never leave the server.
 */
package org.chantilly.web.problem;
