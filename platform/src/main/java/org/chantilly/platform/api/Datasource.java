package org.chantilly.platform.api;

/**
 * The one datasource every module and the process engine share, so that a complaint and its process commit or
 * roll back together. WildFly defines it (H2 or PostgreSQL, chosen by configuration).
 */
public final class Datasource {

    public static final String JNDI_NAME = "java:jboss/datasources/ChantillyDS";

    private Datasource() {
    }
}
