package org.chantilly.platform.internal;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.logging.Logger;

import javax.management.JMException;
import javax.management.MBeanServerConnection;
import javax.management.ObjectName;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.Listeners.Listener;

/**
 * Where the server's HTTP listeners are bound, read once from the server's management model, which WildFly publishes
 * as MBeans (the {@code jboss.as} domain of the {@code jmx} subsystem, resolved values): each Undertow listener's
 * socket binding, the address that binding is bound to or else the address its interface resolved to (the
 * {@code public} interface, {@code -b} or {@code jboss.bind.address}, {@code 127.0.0.1} by default), and its port with
 * the group's offset.
 * <p>
 * A deployment that starts while the server boots (from {@code deployments/}) cannot read that model yet: WildFly
 * publishes it only when the boot has finished, after the deployment. Then the listeners are those of
 * {@code jboss.bind.address} on the standard ports ({@code jboss.http.port}, {@code jboss.https.port}, the port
 * offset), and, should a configuration have bound them elsewhere, a listener that accepts a connection on one of this
 * machine's other addresses counts as bound there (Undertow binds its listeners before the deployments start).
 */
@ApplicationScoped
public class ServerListeners {

    private static final Logger LOG = Logger.getLogger(ServerListeners.class.getName());

    @Produces
    @Singleton
    Listeners listeners() {
        Optional<Listeners> model;
        try {
            model = read(ManagementFactory.getPlatformMBeanServer());
        } catch (JMException | IOException | RuntimeException e) {
            LOG.fine(() -> "the server's management model cannot be read (" + e + "); the server is booting");
            model = Optional.empty();
        }
        Listeners found = model.orElseGet(ServerListeners::whileBooting);
        String source = model.isPresent() ? "the management model"
                : "jboss.bind.address and the ports that answer, the server booting";
        LOG.info(() -> "listening on " + found.describe() + (found.loopbackOnly()
                ? ": the loopback address only, no other machine reaches this server"
                : ": other machines reach this server") + " (by " + source + ")");
        return found;
    }

    /**
     * The enabled HTTP and HTTPS listeners of every Undertow server, or empty when the model has none or is not
     * published yet (the server is {@code starting}: reading a resource then fails, and the server logs an error).
     */
    static Optional<Listeners> read(MBeanServerConnection server) throws JMException, IOException {
        ObjectName root = new ObjectName("jboss.as:management-root=server");
        if (server.isRegistered(root) && "starting".equals(server.getAttribute(root, "runtimeConfigurationState"))) {
            return Optional.empty();
        }
        List<Listener> found = new ArrayList<>();
        for (String kind : List.of("http-listener", "https-listener")) {
            for (ObjectName name : server.queryNames(new ObjectName("jboss.as:subsystem=undertow,server=*," + kind + "=*"),
                    null)) {
                if (Boolean.FALSE.equals(server.getAttribute(name, "enabled"))) {
                    continue;
                }
                String binding = (String) server.getAttribute(name, "socketBinding");
                found.add(listener(server, name.getKeyProperty(kind), kind.equals("https-listener"), binding));
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Listeners(found));
    }

    private static Listener listener(MBeanServerConnection server, String name, boolean tls, String binding)
            throws JMException, IOException {
        Set<ObjectName> bindings = server.queryNames(
                new ObjectName("jboss.as:socket-binding-group=*,socket-binding=" + binding), null);
        if (bindings.size() != 1) {
            throw new IllegalStateException("socket binding " + binding + " found " + bindings.size() + " times");
        }
        ObjectName socket = bindings.iterator().next();
        ObjectName group = new ObjectName("jboss.as:socket-binding-group=" + socket.getKeyProperty("socket-binding-group"));
        String address = (String) server.getAttribute(socket, "boundAddress");
        if (address == null) {
            String face = (String) server.getAttribute(socket, "interface");
            if (face == null) {
                face = (String) server.getAttribute(group, "defaultInterface");
            }
            address = (String) server.getAttribute(new ObjectName("jboss.as:interface=" + face), "resolvedAddress");
        }
        Integer port = (Integer) server.getAttribute(socket, "boundPort");
        if (port == null) {
            int configured = (Integer) server.getAttribute(socket, "port");
            boolean fixed = Boolean.TRUE.equals(server.getAttribute(socket, "fixedPort"));
            Integer offset = (Integer) server.getAttribute(group, "portOffset");
            port = fixed || offset == null ? configured : configured + offset;
        }
        return new Listener(name, tls, address, port);
    }

    /** The standard listeners, each where it accepts connections from other machines if it does. */
    private static Listeners whileBooting() {
        List<InetAddress> own = new ArrayList<>();
        try {
            for (NetworkInterface face : Collections.list(NetworkInterface.getNetworkInterfaces())) {
                if (face.isUp() && !face.isLoopback()) {
                    Collections.list(face.getInetAddresses()).stream()
                            .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                            .forEach(own::add);
                }
            }
        } catch (SocketException e) {
            LOG.warning(() -> "this machine's addresses cannot be listed (" + e + "); judging by jboss.bind.address");
        }
        return reachable(fromProperties(), own, ServerListeners::accepts);
    }

    /**
     * The listeners, each bound to a loopback address replaced by the first of this machine's other addresses on which
     * its port accepts a connection, if any does.
     */
    static Listeners reachable(Listeners configured, List<InetAddress> own, Predicate<InetSocketAddress> accepts) {
        List<Listener> found = new ArrayList<>();
        for (Listener listener : configured.all()) {
            Optional<InetAddress> elsewhere = !listener.loopback() ? Optional.empty() : own.stream()
                    .filter(address -> accepts.test(new InetSocketAddress(address, listener.port()))).findFirst();
            found.add(elsewhere.map(address -> new Listener(listener.name(), listener.tls(), address.getHostAddress(),
                    listener.port())).orElse(listener));
        }
        return new Listeners(found);
    }

    private static boolean accepts(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 250);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The standard listeners on {@code jboss.bind.address} (WildFly's default {@code 127.0.0.1}) and ports. */
    static Listeners fromProperties() {
        String address = System.getProperty("jboss.bind.address", "127.0.0.1");
        int offset = Integer.getInteger("jboss.socket.binding.port-offset", 0);
        return new Listeners(List.of(
                new Listener("default", false, address, Integer.getInteger("jboss.http.port", 8080) + offset),
                new Listener("https", true, address, Integer.getInteger("jboss.https.port", 8443) + offset)));
    }
}
