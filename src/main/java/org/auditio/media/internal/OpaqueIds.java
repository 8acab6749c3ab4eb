package org.auditio.media.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random ids for playback URLs: 128 bits, URL-safe, saying nothing about owner or content. */
final class OpaqueIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OpaqueIds() {}

    static String next() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
