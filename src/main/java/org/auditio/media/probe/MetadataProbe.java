package org.auditio.media.probe;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.jaudiotagger.audio.AudioFile;
import org.jaudiotagger.audio.AudioFileIO;
import org.jaudiotagger.audio.AudioHeader;
import org.jspecify.annotations.Nullable;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads a media file's technical metadata and prints it as {@code key=value} lines. Runs as its own
 * JVM (small heap, time limit, see MetadataExtractor): the parsers, Jaudiotagger above all, can be
 * made to allocate gigabytes or loop by a crafted file, and must never do so in the application.
 *
 * <p>Arguments: the file, and the media type detected by the application.
 */
public final class MetadataProbe {

    /** Held, so the level sticks (java.util.logging keeps loggers weakly). */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    private MetadataProbe() {}

    public static void main(String[] args) throws Exception {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        Path file = Path.of(args[0]);
        String type = args[1];
        Map<String, String> found = new TreeMap<>();
        tika(file, found);
        String extension = JAUDIOTAGGER_EXTENSIONS.get(type);
        if (extension != null) {
            jaudiotagger(file, extension, found);
        }
        if ("video/webm".equals(type)) {
            ffprobe(file, found);
        }
        normalised(found).forEach((key, value) -> System.out.println(key + "=" + value.replace('\n', ' ')));
    }

    /** One answer per fact, from the library that knows it best for the format (see STACK.md). */
    static Map<String, String> normalised(Map<String, String> found) {
        Map<String, String> facts = new TreeMap<>();
        String seconds = positive(found.get("jat.seconds"));
        if (seconds == null) {
            seconds = positive(found.get("tika.xmpDM:duration"));
        }
        if (seconds == null) {
            seconds = positive(found.get("ffprobe.duration"));
        }
        put(facts, "durationSeconds", seconds);
        put(facts, "sampleRate", first(found.get("tika.xmpDM:audioSampleRate"), found.get("jat.sampleRate")));
        put(
                facts,
                "channels",
                channels(first(
                        found.get("tika.channels"),
                        found.get("jat.channels"),
                        found.get("tika.xmpDM:audioChannelType"))));
        put(
                facts,
                "audioCodec",
                first(
                        found.get("tika.xmpDM:audioCompressor"),
                        found.get("jat.encoding"),
                        found.get("ffprobe.audioCodec")));
        put(facts, "videoCodec", first(found.get("tika.xmpDM:videoCompressor"), found.get("ffprobe.videoCodec")));
        put(facts, "width", first(found.get("tika.tiff:ImageWidth"), found.get("ffprobe.width")));
        put(facts, "height", first(found.get("tika.tiff:ImageLength"), found.get("ffprobe.height")));
        put(facts, "bitrateKbps", found.get("jat.bitrate"));
        return facts;
    }

    /** Webm: neither Tika nor Jaudiotagger reads it; Debian's ffprobe does (streams and duration). */
    private static void ffprobe(Path file, Map<String, String> found) {
        try {
            Process ffprobe = new ProcessBuilder(
                            "ffprobe",
                            "-v",
                            "error",
                            "-show_entries",
                            "stream=codec_name,codec_type,width,height:format=duration",
                            "-of",
                            "default=noprint_wrappers=1",
                            file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String out = new String(ffprobe.getInputStream().readNBytes(4000));
            if (ffprobe.waitFor() != 0) {
                return;
            }
            String codec = null;
            for (String line : out.split("\n")) {
                int equals = line.indexOf('=');
                if (equals < 0) {
                    continue;
                }
                String key = line.substring(0, equals).strip();
                String value = line.substring(equals + 1).strip();
                switch (key) {
                    case "codec_name" -> codec = value;
                    case "codec_type" -> {
                        if (codec != null && ("audio".equals(value) || "video".equals(value))) {
                            found.putIfAbsent("ffprobe." + value + "Codec", codec);
                        }
                    }
                    case "width", "height", "duration" -> found.putIfAbsent("ffprobe." + key, value);
                    default -> {}
                }
            }
        } catch (Exception notInstalled) {
            found.put("ffprobe.error", notInstalled.getClass().getSimpleName());
        }
    }

    private static @Nullable String positive(@Nullable String number) {
        try {
            return number != null && Double.parseDouble(number) > 0 ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable String channels(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Mono" -> "1";
            case "Stereo" -> "2";
            default -> value.matches("[1-9][0-9]?") ? value : null;
        };
    }

    private static @Nullable String first(@Nullable String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static void put(Map<String, String> facts, String key, @Nullable String value) {
        if (value != null) {
            facts.put(key, value);
        }
    }

    private static final Map<String, String> JAUDIOTAGGER_EXTENSIONS = Map.of(
            "audio/vnd.wave", "wav",
            "audio/x-aiff", "aif",
            "audio/x-flac", "flac",
            "audio/mpeg", "mp3",
            "audio/mp4", "m4a",
            "audio/vorbis", "ogg");

    private static void tika(Path file, Map<String, String> found) {
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, new DefaultHandler(), metadata, new ParseContext());
        } catch (Exception unreadable) {
            found.put("tika.error", unreadable.getClass().getSimpleName());
        }
        for (String name : metadata.names()) {
            found.put("tika." + name, metadata.get(name));
        }
    }

    private static void jaudiotagger(Path file, String extension, Map<String, String> found) {
        try {
            AudioFile audio = AudioFileIO.readAs(new File(file.toString()), extension);
            AudioHeader header = audio.getAudioHeader();
            found.put("jat.seconds", Double.toString(header.getPreciseTrackLength()));
            found.put("jat.sampleRate", Integer.toString(header.getSampleRateAsNumber()));
            found.put("jat.channels", String.valueOf(header.getChannels()));
            found.put("jat.bitrate", Long.toString(header.getBitRateAsNumber()));
            found.put("jat.encoding", String.valueOf(header.getEncodingType()));
        } catch (Exception | StackOverflowError unreadable) {
            found.put("jat.error", unreadable.getClass().getSimpleName());
        }
    }
}
