/** The handbook's HTTP API. */
package org.chantilly.handbook.interfaces.rest;
