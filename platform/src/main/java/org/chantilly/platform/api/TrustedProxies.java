package org.chantilly.platform.api;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The proxies in front of the server whose word on the client is believed ({@code chantilly.security.trusted-proxies}:
 * addresses or CIDR blocks, comma-separated, e.g. {@code 127.0.0.1, 10.0.0.0/8, fd00::/8}; none by default). A request
 * that comes from one of them may say, in {@code X-Forwarded-For}, whom it forwards and, in {@code X-Forwarded-Proto},
 * whether the client spoke TLS to it; anyone else's such headers are ignored, so a client cannot pretend to be another
 * address or to have used TLS.
 */
public final class TrustedProxies {

    /** The configuration key. */
    public static final String CONFIG = "chantilly.security.trusted-proxies";

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /** None trusted. */
    public static TrustedProxies none() {
        return new TrustedProxies(List.of());
    }

    /**
     * @param configured addresses and CIDR blocks, comma- or space-separated; blank for none
     * @throws IllegalArgumentException naming an entry that is not an IP address or block (literal addresses only,
     *                                  never a host name, so that no lookup is made)
     */
    public static TrustedProxies of(String configured) {
        List<Block> blocks = new ArrayList<>();
        if (configured != null) {
            for (String entry : configured.split("[,\\s]+")) {
                if (!entry.isBlank()) {
                    blocks.add(Block.parse(entry.strip()));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    /** Whether the peer address is one of the trusted proxies. */
    public boolean trusts(String peerAddress) {
        byte[] address = literal(peerAddress);
        return address != null && blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The client's address: the peer itself, or, when the peer is a trusted proxy, the last address in
     * {@code X-Forwarded-For} that is not one of the trusted proxies (the one the nearest untrusted hop connected
     * from; what a client writes into the header itself lies further left and is not believed).
     */
    public String clientAddress(String peerAddress, String forwardedFor) {
        if (forwardedFor == null || forwardedFor.isBlank() || !trusts(peerAddress)) {
            return peerAddress;
        }
        List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = stripPort(hops.get(i));
            if (literal(hop) == null) {
                return peerAddress; // a header we cannot read: believe only the connection
            }
            if (!trusts(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peerAddress : stripPort(hops.get(0));
    }

    /** Whether the client spoke TLS: to this server, or to a trusted proxy that says so in X-Forwarded-Proto. */
    public boolean secure(boolean connectionSecure, String peerAddress, String forwardedProto) {
        if (connectionSecure) {
            return true;
        }
        return forwardedProto != null && trusts(peerAddress)
                && "https".equals(forwardedProto.split(",")[0].strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The key a per-client limit counts under: an IPv4 address as it is, an IPv6 address by its /64 prefix (one
     * household or machine usually holds a whole /64, and would otherwise get a fresh budget per address).
     */
    public static String limitKey(String clientAddress) {
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

    private static String stripPort(String hop) {
        if (hop.startsWith("[")) { // [2001:db8::1]:4711
            int end = hop.indexOf(']');
            return end > 0 ? hop.substring(1, end) : hop;
        }
        int colon = hop.indexOf(':');
        return colon > 0 && hop.indexOf(':', colon + 1) < 0 ? hop.substring(0, colon) : hop; // 192.0.2.1:4711
    }

    /** The bytes of a literal IPv4 or IPv6 address, or null for anything else (host names are never looked up). */
    static byte[] literal(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9A-Fa-f:.%a-zA-Z]+")
                || (!text.contains(":") && !text.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
            return null;
        }
        try {
            String address = text.contains("%") ? text.substring(0, text.indexOf('%')) : text;
            return InetAddress.getByName(address).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }

    /** An address block: the address bytes and how many leading bits must match. */
    private record Block(byte[] network, int bits) {

        static Block parse(String entry) {
            int slash = entry.indexOf('/');
            String address = slash < 0 ? entry : entry.substring(0, slash);
            byte[] bytes = literal(address);
            if (bytes == null) {
                throw new IllegalArgumentException(CONFIG + ": " + entry + " is not an IP address or CIDR block");
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(CONFIG + ": " + entry + " has no valid prefix length");
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException(CONFIG + ": " + entry + " has no valid prefix length");
                }
            }
            return new Block(bytes, bits);
        }

        boolean contains(byte[] address) {
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
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}
