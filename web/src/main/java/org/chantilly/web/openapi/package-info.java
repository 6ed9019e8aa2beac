/**
 * The API's OpenAPI document, served at {@code /openapi}: what SmallRye generates from the resources' annotations,
 * completed by {@link org.chantilly.web.openapi.ApiDocumentFilter}.
 */
package org.chantilly.web.openapi;
