/**
 * The web module: the JAX-RS application under {@code /api} with its authentication, request limits and
 * problem+json error mapping. It holds no business rules; resources live in the business modules.
 */
package org.chantilly.web;
