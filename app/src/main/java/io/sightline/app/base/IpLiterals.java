package io.sightline.app.base;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Client addresses as the app reads them: only numeric IPv4 or IPv6 literals, never a name to resolve (a header could
 * make us look up attacker-chosen hosts); an IPv4-mapped IPv6 address is its IPv4 address.
 */
public final class IpLiterals {

    private IpLiterals() {}

    /** The address, or null when the text is not a literal IP address. */
    public static InetAddress parse(String text) {
        if (text == null || text.isEmpty() || !text.matches("[0-9a-fA-F:.]+")) {
            return null;
        }
        try {
            var parsed = InetAddress.ofLiteral(text);
            if (parsed instanceof Inet6Address v6 && isMappedV4(v6.getAddress())) {
                var b = v6.getAddress();
                return InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
            }
            return parsed;
        } catch (IllegalArgumentException | UnknownHostException e) {
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
