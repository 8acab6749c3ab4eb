package org.auditio.media.internal;

import java.io.IOException;

/** The upload went past the allowed size: reading stopped there. */
public class TooLargeException extends IOException {

    private final long maxBytes;

    public TooLargeException(long maxBytes) {
        super("Upload larger than " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
