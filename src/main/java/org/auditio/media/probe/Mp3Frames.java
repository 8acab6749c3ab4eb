package org.auditio.media.probe;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Cuts an MP3 after its last whole frame. ffmpeg's MP3 reader hands bytes that follow the frames (a
 * ZIP archive appended to make the file a polyglot) to the writer as one more packet, and stream
 * copy keeps it: walking the frames by their headers is the only way to drop it without
 * re-encoding.
 */
final class Mp3Frames {

    private Mp3Frames() {}

    private static final int[][] BITRATES = {
        {32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448}, // MPEG 1, layer I
        {32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384}, // MPEG 1, layer II
        {32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320}, // MPEG 1, layer III
        {32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256}, // MPEG 2/2.5, layer I
        {8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160} // MPEG 2/2.5, layers II and III
    };
    private static final int[][] SAMPLE_RATES = {
        {11025, 12000, 8000}, {0, 0, 0}, {22050, 24000, 16000}, {44100, 48000, 32000}
    };

    /**
     * Truncates {@code file} after its last frame; returns the number of frames kept (none: not an
     * MP3 we can vouch for).
     */
    static int keepFramesOnly(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long size = channel.size();
            long position = id3v2Length(channel);
            int frames = 0;
            int first = 0;
            ByteBuffer head = ByteBuffer.allocate(4);
            while (position + 4 <= size) {
                head.clear();
                channel.read(head, position);
                int header = head.flip().getInt();
                int length = frameLength(header);
                // every frame of a stream shares the first one's version, layer and sample rate
                if (length <= 0 || position + length > size || (frames > 0 && (header & 0xFFFE0C00) != first)) {
                    break;
                }
                if (frames == 0) {
                    first = header & 0xFFFE0C00;
                }
                frames++;
                position += length;
            }
            channel.truncate(frames == 0 ? 0 : position);
            channel.force(true);
            return frames;
        }
    }

    private static long id3v2Length(FileChannel channel) throws IOException {
        ByteBuffer tag = ByteBuffer.allocate(10);
        channel.read(tag, 0);
        byte[] bytes = tag.array();
        if (tag.position() < 10 || bytes[0] != 'I' || bytes[1] != 'D' || bytes[2] != '3') {
            return 0;
        }
        long body =
                ((bytes[6] & 0x7F) << 21) | ((bytes[7] & 0x7F) << 14) | ((bytes[8] & 0x7F) << 7) | (bytes[9] & 0x7F);
        boolean footer = (bytes[5] & 0x10) != 0;
        return 10 + body + (footer ? 10 : 0);
    }

    /** A frame's length in bytes from its header, or 0 when the four bytes are no frame header. */
    static int frameLength(int header) {
        if ((header & 0xFFE00000) != 0xFFE00000) {
            return 0;
        }
        int version = (header >>> 19) & 3; // 0: MPEG 2.5, 1: reserved, 2: MPEG 2, 3: MPEG 1
        int layer = 4 - ((header >>> 17) & 3); // 1, 2, 3; 4 is reserved
        int bitrateIndex = (header >>> 12) & 15;
        int rateIndex = (header >>> 10) & 3;
        int padding = (header >>> 9) & 1;
        if (version == 1 || layer == 4 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return 0;
        }
        boolean mpeg1 = version == 3;
        int table = mpeg1 ? layer - 1 : (layer == 1 ? 3 : 4);
        long bitrate = BITRATES[table][bitrateIndex - 1] * 1000L;
        int sampleRate = SAMPLE_RATES[version][rateIndex];
        if (layer == 1) {
            return (int) ((12 * bitrate / sampleRate + padding) * 4);
        }
        int perFrame = layer == 3 && !mpeg1 ? 72 : 144;
        return (int) (perFrame * bitrate / sampleRate + padding);
    }
}
