package org.chantilly.platform.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * The server's HTTP listeners: the address each is bound to, its port and whether it speaks TLS. Whether they are bound
 * to the loopback address only decides what the application allows: demo accounts and plain HTTP only there, where
 * nobody but this machine reaches the server.
 *
 * @param all every listener of the server that is enabled
 */
public record Listeners(List<Listener> all) {

    /** The listeners, as given. */
    public Listeners {
        all = List.copyOf(all);
    }

    /**
     * One listener.
     *
     * @param name    its name in the server's configuration ({@code default}, {@code https})
     * @param tls     whether it speaks TLS
     * @param address the address it is bound to, as the server resolved it ({@code 127.0.0.1}, {@code 0.0.0.0})
     * @param port    its port, the server's port offset included
     */
    public record Listener(String name, boolean tls, String address, int port) {

        /** Whether only this machine reaches the listener. */
        public boolean loopback() {
            return isLoopback(address);
        }

        @Override
        public String toString() {
            return (tls ? "https " : "http ") + (address.contains(":") ? "[" + address + "]" : address) + ":" + port;
        }
    }

    /**
     * Whether every listener is bound to a loopback address ({@code 127.0.0.0/8}, {@code ::1}), so that no other machine
     * reaches the server. A wildcard address ({@code 0.0.0.0}, {@code ::}) or any other one is not; neither is a server
     * without a known listener.
     */
    public boolean loopbackOnly() {
        return !all.isEmpty() && all.stream().allMatch(Listener::loopback);
    }

    /** The port of the first listener that speaks TLS, if there is one. */
    public OptionalInt tlsPort() {
        return all.stream().filter(Listener::tls).mapToInt(Listener::port).findFirst();
    }

    /** The port of the first listener that speaks plain HTTP, if there is one. */
    public OptionalInt plainPort() {
        return all.stream().filter(l -> !l.tls()).mapToInt(Listener::port).findFirst();
    }

    /** The listeners as the log names them: {@code http 127.0.0.1:8080, https 127.0.0.1:8443}. */
    public String describe() {
        return all.isEmpty() ? "no listener" : all.stream().map(Listener::toString).collect(Collectors.joining(", "));
    }

    /**
     * Whether an address is a loopback address. A literal address is judged as it is; a host name (as
     * {@code jboss.bind.address} may give one) by every address it resolves to; an address that cannot be read is not.
     */
    public static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        String bare = address.strip();
        if (bare.startsWith("[") && bare.endsWith("]")) {
            bare = bare.substring(1, bare.length() - 1);
        }
        byte[] literal = TrustedProxies.literal(bare);
        try {
            if (literal != null) {
                return InetAddress.getByAddress(literal).isLoopbackAddress();
            }
            InetAddress[] resolved = InetAddress.getAllByName(bare);
            for (InetAddress one : resolved) {
                if (!one.isLoopbackAddress()) {
                    return false;
                }
            }
            return resolved.length > 0;
        } catch (UnknownHostException | SecurityException e) {
            return false;
        }
    }
}
