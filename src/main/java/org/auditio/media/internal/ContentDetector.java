package org.auditio.media.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.springframework.stereotype.Component;

/**
 * The media type from the bytes alone: Tika's detectors (with vorbis-java's for Ogg, Opus and FLAC).
 * The client's file name and declared type are never given to it, so a renamed file is what it is.
 * Tika calls every ISO media file without a name "quicktime"; the file's brand tells MP4 apart.
 */
@Component
class ContentDetector {

    private static final String QUICKTIME = "video/quicktime";

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

    String detect(InputStream content) throws IOException {
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            String type = detector.detect(stream, new Metadata()).getBaseType().toString();
            if (QUICKTIME.equals(type)) {
                stream.mark(12);
                byte[] head = stream.readNBytes(12);
                stream.reset();
                return isoBrand(head);
            }
            return type;
        }
    }

    /** An ftyp box's major brand: "qt  " is QuickTime, any other ISO brand (isom, mp42, …) is MP4. */
    private static String isoBrand(byte[] head) {
        if (head.length < 12 || !"ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII))) {
            return QUICKTIME;
        }
        String brand = new String(Arrays.copyOfRange(head, 8, 12), StandardCharsets.US_ASCII);
        return "qt  ".equals(brand) ? QUICKTIME : "video/mp4";
    }
}
