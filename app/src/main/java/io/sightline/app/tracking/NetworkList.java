package io.sightline.app.tracking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A list of CIDR networks, read from a data file of the repository (one per line, # for comments). */
final class NetworkList {

    private record Cidr(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }

    private final List<Cidr> networks;

    private NetworkList(List<Cidr> networks) {
        this.networks = List.copyOf(networks);
    }

    static NetworkList of(String... cidrs) {
        var parsed = new ArrayList<Cidr>();
        for (var cidr : cidrs) {
            parsed.add(parse(cidr));
        }
        return new NetworkList(parsed);
    }

    static NetworkList fromResource(String path) {
        var stream = NetworkList.class.getResourceAsStream(path);
        if (stream == null) {
            throw new IllegalStateException("Missing network list " + path);
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var cidrs = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toArray(String[]::new);
            return of(cidrs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(InetAddress address) {
        if (address == null) {
            return false;
        }
        var bytes = address.getAddress();
        for (var network : networks) {
            if (network.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return networks.size();
    }

    private static Cidr parse(String cidr) {
        var slash = cidr.indexOf('/');
        var address = Networks.parse(slash < 0 ? cidr : cidr.substring(0, slash));
        if (address == null) {
            throw new IllegalArgumentException("Not a network: " + cidr);
        }
        var bits = address.getAddress().length * 8;
        var prefix = slash < 0 ? bits : Integer.parseInt(cidr.substring(slash + 1));
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Bad prefix: " + cidr);
        }
        return new Cidr(address.getAddress(), prefix);
    }
}
