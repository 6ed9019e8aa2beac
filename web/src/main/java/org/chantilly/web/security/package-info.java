/** Authentication at the API's door: the container checks credentials, these filters enforce them. */
package org.chantilly.web.security;
