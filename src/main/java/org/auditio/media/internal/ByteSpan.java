package org.auditio.media.internal;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpRange;

/** Bytes {@code start} to {@code end} of a file, both included: what one range request asks for. */
record ByteSpan(long start, long end) {

    long length() {
        return end - start + 1;
    }

    /**
     * The one span to send for a {@code Range} header: several requested ranges become the single
     * span covering them. Null when the header is unreadable or asks for nothing inside the file.
     */
    static @Nullable ByteSpan of(String header, long fileLength) {
        try {
            List<HttpRange> ranges = HttpRange.parseRanges(header);
            if (ranges.isEmpty() || fileLength == 0) {
                return null;
            }
            long start = Long.MAX_VALUE;
            long end = -1;
            for (HttpRange range : ranges) {
                long first = range.getRangeStart(fileLength);
                if (first >= fileLength) {
                    return null;
                }
                start = Math.min(start, first);
                end = Math.max(end, range.getRangeEnd(fileLength));
            }
            return new ByteSpan(start, end);
        } catch (IllegalArgumentException unreadable) {
            return null;
        }
    }
}
