package org.auditio.accounts.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** The subjects the login throttle counts failures under: an account, an address, the two together. */
final class ThrottleKeys {

    static final int LONGEST = 330;
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private ThrottleKeys() {}

    static String account(String account) {
        return key("account:", normalised(account));
    }

    static String address(String address) {
        return key("address:", network(address));
    }

    static String pair(String account, String address) {
        return key("pair:", normalised(account) + " " + network(address));
    }

    /**
     * An IPv6 client usually holds a whole /64, so its addresses count as one: otherwise a guesser
     * would simply take the next address. IPv4 addresses count one by one.
     */
    static String network(String address) {
        if (!IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(address).getAddress(); // a literal: no name lookup
            return bytes.length == 16 ? HexFormat.of().formatHex(bytes, 0, 8) + "::/64" : address;
        } catch (UnknownHostException e) {
            return address;
        }
    }

    private static String normalised(String account) {
        return account.strip().toLowerCase(Locale.ROOT);
    }

    /** The subject as typed, or its SHA-256 when longer than the column (login names are not checked). */
    private static String key(String prefix, String value) {
        String key = prefix + value;
        return key.length() <= LONGEST ? key : prefix + "sha256:" + sha256(value);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
