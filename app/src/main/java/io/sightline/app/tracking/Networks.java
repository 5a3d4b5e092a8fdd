package io.sightline.app.tracking;

import io.sightline.app.base.IpLiterals;
import java.net.Inet4Address;
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
        return IpLiterals.parse(address);
    }
}
