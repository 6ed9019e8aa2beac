package org.chantilly.platform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.management.Attribute;
import javax.management.AttributeList;
import javax.management.AttributeNotFoundException;
import javax.management.DynamicMBean;
import javax.management.MBeanInfo;
import javax.management.MBeanServer;
import javax.management.MBeanServerFactory;
import javax.management.ObjectName;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.Listeners.Listener;
import org.junit.jupiter.api.Test;

/** The listeners as WildFly's management model publishes them (the MBeans of the jmx subsystem's resolved model). */
class ServerListenersTest {

    /** An MBean server of the test's own (not the platform's). */
    private final MBeanServer server = MBeanServerFactory.newMBeanServer();

    /** A resource of the model: its attributes, null for an undefined one. */
    private void resource(String name, Object... attributes) throws Exception {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < attributes.length; i += 2) {
            values.put((String) attributes[i], attributes[i + 1]);
        }
        server.registerMBean(new DynamicMBean() {
            @Override
            public Object getAttribute(String attribute) throws AttributeNotFoundException {
                if (!values.containsKey(attribute)) {
                    throw new AttributeNotFoundException(attribute);
                }
                return values.get(attribute);
            }

            @Override
            public void setAttribute(Attribute attribute) {
                throw new UnsupportedOperationException();
            }

            @Override
            public AttributeList getAttributes(String[] attributes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public AttributeList setAttributes(AttributeList attributes) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Object invoke(String action, Object[] params, String[] signature) {
                throw new UnsupportedOperationException();
            }

            @Override
            public MBeanInfo getMBeanInfo() {
                return new MBeanInfo(getClass().getName(), name, null, null, null, null);
            }
        }, new ObjectName(name));
    }

    private void standardSockets(int offset) throws Exception {
        resource("jboss.as:socket-binding-group=standard-sockets", "defaultInterface", "public", "portOffset", offset);
        resource("jboss.as:interface=public", "resolvedAddress", "127.0.0.1");
        resource("jboss.as:interface=everywhere", "resolvedAddress", "0.0.0.0");
    }

    private void binding(String name, String face, int port, String boundAddress, Integer boundPort) throws Exception {
        resource("jboss.as:socket-binding-group=standard-sockets,socket-binding=" + name, "interface", face,
                "port", port, "fixedPort", false, "boundAddress", boundAddress, "boundPort", boundPort);
    }

    @Test
    void eachListenerOnItsBindingsInterfaceWithThePortOffset() throws Exception {
        resource("jboss.as:management-root=server", "runtimeConfigurationState", "ok");
        standardSockets(100);
        binding("http", null, 8080, null, null);
        binding("https", null, 8443, null, null);
        resource("jboss.as:subsystem=undertow,server=default-server,http-listener=default",
                "enabled", true, "socketBinding", "http");
        resource("jboss.as:subsystem=undertow,server=default-server,https-listener=https",
                "enabled", true, "socketBinding", "https");

        Listeners listeners = ServerListeners.read(server).orElseThrow();
        assertThat(listeners.describe()).isEqualTo("http 127.0.0.1:8180, https 127.0.0.1:8543");
        assertThat(listeners.loopbackOnly()).isTrue();
    }

    @Test
    void aBoundListenerSaysWhereItIsAndAnyListenerElsewhereCounts() throws Exception {
        standardSockets(0);
        binding("http", null, 8080, "127.0.0.1", 8080);
        binding("https", "everywhere", 8443, null, null);
        binding("admin-http", null, 9080, "0.0.0.0", 9080);
        resource("jboss.as:subsystem=undertow,server=default-server,http-listener=default",
                "enabled", true, "socketBinding", "http");
        resource("jboss.as:subsystem=undertow,server=default-server,https-listener=https",
                "enabled", true, "socketBinding", "https");
        resource("jboss.as:subsystem=undertow,server=default-server,http-listener=off",
                "enabled", false, "socketBinding", "admin-http");

        Listeners listeners = ServerListeners.read(server).orElseThrow();
        assertThat(listeners.describe()).isEqualTo("http 127.0.0.1:8080, https 0.0.0.0:8443");
        assertThat(listeners.loopbackOnly()).isFalse();
    }

    @Test
    void whileTheServerStartsItsModelIsNotRead() throws Exception {
        resource("jboss.as:management-root=server", "runtimeConfigurationState", "starting");
        // not published yet: reading any resource would fail (and the server would log an error)
        resource("jboss.as:subsystem=undertow,server=default-server,http-listener=default");
        assertThat(ServerListeners.read(server)).isEmpty();
    }

    @Test
    void whileTheServerBootsAListenerThatAnswersOnAnotherAddressOfTheMachineIsReachable() throws Exception {
        InetAddress own = InetAddress.getByName("192.0.2.2");
        Listeners configured = new Listeners(List.of(new Listener("default", false, "127.0.0.1", 8080),
                new Listener("https", true, "127.0.0.1", 8443)));
        assertThat(ServerListeners.reachable(configured, List.of(own), address -> false).loopbackOnly()).isTrue();
        Listeners found = ServerListeners.reachable(configured, List.of(own), address -> address.getPort() == 8443);
        assertThat(found.describe()).isEqualTo("http 127.0.0.1:8080, https 192.0.2.2:8443");
        assertThat(found.loopbackOnly()).isFalse();
    }

    @Test
    void withoutTheModelTheBindAddressDecides() throws Exception {
        assertThat(ServerListeners.read(server)).isEmpty();
        String before = System.getProperty("jboss.bind.address");
        try {
            System.setProperty("jboss.bind.address", "0.0.0.0");
            assertThat(ServerListeners.fromProperties().loopbackOnly()).isFalse();
            System.clearProperty("jboss.bind.address");
            assertThat(ServerListeners.fromProperties().loopbackOnly()).as("WildFly's default").isTrue();
        } finally {
            if (before != null) {
                System.setProperty("jboss.bind.address", before);
            }
        }
    }
}
