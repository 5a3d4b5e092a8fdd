package io.sightline.app.tracking;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Client addresses are kept only as their network: the /24 of an IPv4 address, the /48 of an IPv6 one. That is enough
 * to say "you (or someone nearby)" and too little to single out a device.
 */
public final class Networks {

    private Networks() {}

    /** The truncated network of a literal address, e.g. "203.0.113.0/24" or "2001:db8:1::/48"; null if not an address. */
    public static String truncate(String address) {
        var parsed = parse(address);
        if (parsed == null) {
            return null;
        }
        var bytes = parsed.getAddress();
        if (parsed instanceof Inet4Address) {
            return (bytes[0] & 0xff) + "." + (bytes[1] & 0xff) + "." + (bytes[2] & 0xff) + ".0/24";
        }
        return String.format(
                        "%x:%x:%x::",
                        ((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff),
                        ((bytes[2] & 0xff) << 8) | (bytes[3] & 0xff),
                        ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff))
                + "/48";
    }

    /** A literal IPv4 or IPv6 address (IPv4-mapped IPv6 becomes IPv4); never a DNS look-up. */
    public static InetAddress parse(String address) {
        if (address == null || address.isEmpty() || !address.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            var parsed = InetAddress.ofLiteral(address);
            if (parsed instanceof Inet6Address v6 && isMappedV4(v6.getAddress())) {
                var b = v6.getAddress();
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return parsed;
        } catch (IllegalArgumentException | java.net.UnknownHostException e) {
            return null;
        }
    }

    private static boolean isMappedV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return b[10] == (byte) 0xff && b[11] == (byte) 0xff;
    }
}
