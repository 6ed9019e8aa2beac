package org.chantilly.realm;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * The address a login came from, as the delays count it: the peer of the connection, or, when the peer is one of the
 * trusted proxies ({@code chantilly.security.trusted-proxies}, none by default), the last address in
 * {@code X-Forwarded-For} that is not one of them; an IPv6 client counts by its /64 prefix. The same rules as the
 * application's {@code org.chantilly.platform.api.TrustedProxies}, which the realm (a server module) cannot see; a
 * test of the platform module checks that both give the same answers.
 */
public final class ClientAddress {

    /** The configuration key, as the application's. */
    public static final String CONFIG = "chantilly.security.trusted-proxies";

    private final List<byte[]> networks = new ArrayList<>();
    private final List<Integer> prefixes = new ArrayList<>();

    private ClientAddress(String configured) {
        if (configured == null) {
            return;
        }
        for (String entry : configured.split("[,\\s]+")) {
            if (entry.isBlank()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] network = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (network == null) {
                throw new IllegalArgumentException(CONFIG + ": " + entry + " is not an IP address or CIDR block");
            }
            int bits = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
            if (bits < 0 || bits > network.length * 8) {
                throw new IllegalArgumentException(CONFIG + ": " + entry + " has no valid prefix length");
            }
            networks.add(network);
            prefixes.add(bits);
        }
    }

    /** The trusted proxies of this comma- or space-separated list of addresses and CIDR blocks. */
    public static ClientAddress trusting(String configured) {
        return new ClientAddress(configured);
    }

    /** The trusted proxies as configured: a system property, an environment variable, the realm's configuration. */
    static ClientAddress configured(java.util.Map<String, String> configuration) {
        String value = System.getProperty(CONFIG);
        if (value == null) {
            value = System.getenv(LoginDelays.environmentName(CONFIG));
        }
        if (value == null && configuration != null) {
            value = configuration.get("trusted-proxies");
        }
        return new ClientAddress(value);
    }

    /** The key the delays count under for a request from this peer with this {@code X-Forwarded-For} header. */
    public String of(String peerAddress, String forwardedFor) {
        return limitKey(client(peerAddress, forwardedFor));
    }

    /** The client behind the trusted proxies (the peer itself when it is none of them). */
    String client(String peerAddress, String forwardedFor) {
        if (peerAddress == null) {
            return "unknown";
        }
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peerAddress)) {
            return peerAddress;
        }
        List<String> hops = new ArrayList<>();
        for (String hop : forwardedFor.split(",")) {
            if (!hop.isBlank()) {
                hops.add(hop.strip());
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = stripPort(hops.get(i));
            if (literal(hop) == null) {
                return peerAddress;
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peerAddress : stripPort(hops.get(0));
    }

    boolean trusts(String address) {
        byte[] bytes = literal(address);
        if (bytes == null) {
            return false;
        }
        for (int i = 0; i < networks.size(); i++) {
            if (contains(networks.get(i), prefixes.get(i), bytes)) {
                return true;
            }
        }
        return false;
    }

    /** An IPv4 address as it is, an IPv6 address by its /64 prefix. */
    static String limitKey(String clientAddress) {
        byte[] address = literal(clientAddress);
        if (address == null || address.length == 4) {
            return clientAddress;
        }
        StringBuilder prefix = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            prefix.append(Integer.toHexString(((address[i] & 0xFF) << 8) | (address[i + 1] & 0xFF))).append(':');
        }
        return prefix.append(":/64").toString();
    }

    private static boolean contains(byte[] network, int bits, byte[] address) {
        if (address.length != network.length) {
            return false;
        }
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (address[i] != network[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return rest == 0 || (address[full] & mask) == (network[full] & mask);
    }

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop;
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null (host names are never looked up). */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.%a-zA-Z]+")
                || (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            return InetAddress.getByName(text.contains("%") ? text.substring(0, text.indexOf('%')) : text).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
