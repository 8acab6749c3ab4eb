package org.auditio.media.probe;

import java.io.BufferedReader;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
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
import org.jaudiotagger.tag.FieldKey;
import org.jaudiotagger.tag.Tag;
import org.jspecify.annotations.Nullable;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads media files' technical metadata and embedded tags, answering the application through
 * {@link ProbeServer}'s framed protocol. Runs as its own JVM (small heap, killed past a time limit, see MetadataExtractor): the
 * parsers, Jaudiotagger above all, can be made to allocate gigabytes or loop by a crafted file,
 * and must never do so in the application.
 */
public final class MetadataProbe {

    /** Held, so the level sticks (java.util.logging keeps loggers weakly). */
    private static final Logger JAUDIOTAGGER_LOG = Logger.getLogger("org.jaudiotagger");

    private MetadataProbe() {}

    /** Prefixes the embedded tags in an answer. */
    public static final String TAG = "tag.";

    private static final int MAX_TAG = 200;

    /**
     * Serves until its input ends, or its parent (the application) is gone: one JSON request per
     * input line, one JSON answer per output line (see {@link ProbeServer}).
     */
    public static void main(String[] args) throws Exception {
        JAUDIOTAGGER_LOG.setLevel(Level.OFF);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        // Parsers may print: only answers go to the real output.
        System.setOut(System.err);
        ProcessHandle.current()
                .parent()
                .ifPresent(parent -> parent.onExit().thenRun(() -> {
                    BoundedCommand.killAll();
                    Runtime.getRuntime().halt(0);
                }));
        warmUp();
        new ProbeServer(PARSERS).serve(requests, out);
    }

    private static final ProbeServer.Parsers PARSERS = new ProbeServer.Parsers() {
        @Override
        public Map<String, String> measure(Path file, String mediaType) {
            return probe(file, mediaType);
        }

        @Override
        public boolean remux(String mediaType, Path in, Path out) throws IOException, InterruptedException {
            List<String> command = Remux.command(mediaType, in, out);
            if (command == null) {
                return false;
            }
            Process ffmpeg = BoundedCommand.start(new ProcessBuilder(command)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD));
            return ffmpeg.waitFor() == 0 && Remux.finish(mediaType, out);
        }
    };

    /**
     * Loads the parsers (and runs ffmpeg once) on a tenth of a second of silence, before the probe
     * says it is ready: the first upload a fresh probe reads then costs what the others do.
     */
    private static void warmUp() {
        try {
            Path silence = Files.createTempFile("probe-warm-up", ".wav");
            try {
                Files.write(silence, silentWav());
                probe(silence, "audio/vnd.wave");
            } finally {
                Files.deleteIfExists(silence);
            }
        } catch (IOException | RuntimeException notWarm) {
            // only slower
        }
    }

    private static byte[] silentWav() {
        int samples = 2205;
        java.nio.ByteBuffer wav =
                java.nio.ByteBuffer.allocate(44 + samples * 2).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2);
        wav.put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1)
                .putShort((short) 1);
        wav.putInt(22050).putInt(44100).putShort((short) 2).putShort((short) 16);
        wav.put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        return wav.array();
    }

    static Map<String, String> probe(Path file, String type) {
        Map<String, String> found = new TreeMap<>();
        tika(file, found);
        String extension = JAUDIOTAGGER_EXTENSIONS.get(type);
        if (extension != null) {
            jaudiotagger(file, extension, found);
        }
        if (type.startsWith("video/")) {
            ffprobe(file, found);
        }
        SoundDecode.measure(file, SoundDecode.timeLimit(size(file)), found);
        if ("audio/mpeg".equals(type) && found.containsKey("decode.estimated")) {
            // An mp3 without a frame count (VBR without a Xing header): every header's length is a
            // guess from the first frames' bit rate, and a guess must not make an honest file look cut
            // off. (A WAV's estimate is from its size, and its data chunk's claim is a real claim.)
            found.put("headers.guessed", "true");
        }
        Map<String, String> answer = normalised(found);
        found.forEach((key, value) -> {
            if (key.startsWith(TAG)) {
                answer.put(key, clean(value));
            }
        });
        return answer;
    }

    private static long size(Path file) {
        try {
            return java.nio.file.Files.size(file);
        } catch (IOException unreadable) {
            return 0;
        }
    }

    /** One line, no control or direction characters, short. */
    private static String clean(String value) {
        String plain = value.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
        return plain.substring(0, Math.min(plain.length(), MAX_TAG));
    }

    /**
     * One answer per fact. The decoded sound is the authority for what it measured (duration, rate,
     * channels, loudness); the headers (see STACK.md for which library reads which format best) are
     * hints: the duration they claim is kept apart, to tell a cut-off file, and stands in only where
     * ffmpeg is not installed.
     */
    static Map<String, String> normalised(Map<String, String> found) {
        Map<String, String> facts = new TreeMap<>();
        String claimed = first(
                bounded(found.get("decode.containerSeconds")),
                bounded(found.get("jat.seconds")),
                bounded(found.get("tika.xmpDM:duration")),
                bounded(found.get("ffprobe.duration")));
        put(facts, "claimedSeconds", found.containsKey("headers.guessed") ? null : claimed);
        String error = found.get("decode.error");
        put(facts, "decodeError", error);
        put(facts, "durationSeconds", SoundDecode.NOT_INSTALLED.equals(error) ? claimed : found.get("decode.seconds"));
        put(
                facts,
                "sampleRate",
                first(
                        rate(found.get("decode.sampleRate")),
                        rate(found.get("tika.xmpDM:audioSampleRate")),
                        rate(found.get("jat.sampleRate"))));
        // The decoder's channel count first: Jaudiotagger reads odd values from some phones' m4a.
        put(
                facts,
                "channels",
                first(
                        channels(found.get("decode.channels")),
                        channels(found.get("tika.channels")),
                        channels(found.get("jat.channels")),
                        channels(found.get("tika.xmpDM:audioChannelType"))));
        put(
                facts,
                "audioCodec",
                first(
                        found.get("tika.xmpDM:audioCompressor"),
                        found.get("jat.encoding"),
                        found.get("ffprobe.audioCodec"),
                        found.get("decode.audioCodec")));
        // ffprobe names the codec ("h264"); the container's compressor field is free text, often the
        // encoder's name ("Lavc59.37.100 libx264"): only a fallback.
        put(facts, "videoCodec", first(found.get("ffprobe.videoCodec"), found.get("tika.xmpDM:videoCompressor")));
        put(facts, "width", first(found.get("tika.tiff:ImageWidth"), found.get("ffprobe.width")));
        put(facts, "height", first(found.get("tika.tiff:ImageLength"), found.get("ffprobe.height")));
        put(facts, "bitrateKbps", found.get("jat.bitrate"));
        put(facts, "frameRate", found.get("ffprobe.frameRate"));
        put(facts, "loudnessLufs", decibels(found.get("decode.loudness"), -100, 0));
        // A clipped recording's true peak is above 0 dBFS: kept, it is what levelling must know.
        put(facts, "truePeakDbfs", decibels(found.get("decode.truePeak"), -100, 20));
        put(facts, "silentShare", found.get("decode.silentShare"));
        put(facts, "fullScaleShare", found.get("decode.fullScaleShare"));
        return facts;
    }

    /** A header's duration in seconds, if it is one a recording could have (under a day). */
    private static @Nullable String bounded(@Nullable String seconds) {
        String value = positive(seconds);
        return value != null && Double.parseDouble(value) < 24 * 3600 ? value : null;
    }

    /** A level in dB strictly between the bounds; null for ffmpeg's -inf, nan, or anything else. */
    private static @Nullable String decibels(@Nullable String value, double above, double below) {
        try {
            double level = value == null ? Double.NaN : Double.parseDouble(value);
            return Double.isFinite(level) && level > above && level < below ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /**
     * Videos: neither Tika nor Jaudiotagger reads webm, and neither gives a frame rate; Debian's
     * ffprobe does (streams, duration, frame rate, tags), when installed.
     */
    private static void ffprobe(Path file, Map<String, String> found) {
        try {
            Process ffprobe = BoundedCommand.start(new ProcessBuilder(
                            "ffprobe",
                            "-v",
                            "error",
                            "-show_entries",
                            "stream=codec_name,codec_type,width,height,avg_frame_rate:format=duration:format_tags",
                            "-of",
                            "default=noprint_wrappers=1",
                            file.toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD));
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
                    case "avg_frame_rate" -> {
                        String rate = ratio(value);
                        if (rate != null) {
                            found.putIfAbsent("ffprobe.frameRate", rate);
                        }
                    }
                    default -> {
                        if (key.startsWith("TAG:")) {
                            found.putIfAbsent(TAG + key.substring(4).toLowerCase(Locale.ROOT), value);
                        }
                    }
                }
            }
        } catch (Exception notInstalled) {
            found.put("ffprobe.error", notInstalled.getClass().getSimpleName());
        }
    }

    /** "30000/1001" as 29.97; null for ffprobe's "0/0" (no picture). */
    private static @Nullable String ratio(String fraction) {
        int slash = fraction.indexOf('/');
        try {
            double value = slash < 0
                    ? Double.parseDouble(fraction)
                    : Double.parseDouble(fraction.substring(0, slash))
                            / Double.parseDouble(fraction.substring(slash + 1));
            return value > 0 && Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable String positive(@Nullable String number) {
        try {
            return number != null && Double.parseDouble(number) > 0 ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static @Nullable String rate(@Nullable String value) {
        return value != null && value.matches("[1-9][0-9]{3,5}") && Integer.parseInt(value) <= 768_000 ? value : null;
    }

    private static @Nullable String channels(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Mono" -> "1";
            case "Stereo" -> "2";
            default -> value.matches("[1-9][0-9]?") && Integer.parseInt(value) <= 64 ? value : null;
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

    /** Tags that may say who sings, where, or what: kept for organisers, never shown to jurors. */
    private static final Map<String, String> TIKA_TAGS = Map.of(
            "dc:title", "title",
            "xmpDM:artist", "artist",
            "dc:creator", "creator",
            "xmpDM:albumArtist", "album_artist",
            "xmpDM:album", "album",
            "xmpDM:composer", "composer",
            "xmpDM:logComment", "comment",
            "dc:description", "description",
            "xmpDM:releaseDate", "year");

    private static final List<FieldKey> JAUDIOTAGGER_TAGS = List.of(
            FieldKey.TITLE,
            FieldKey.ARTIST,
            FieldKey.ALBUM_ARTIST,
            FieldKey.ALBUM,
            FieldKey.COMPOSER,
            FieldKey.COMMENT,
            FieldKey.YEAR);

    private static void tika(Path file, Map<String, String> found) {
        Metadata metadata = new Metadata();
        try (InputStream in = TikaInputStream.get(file)) {
            new AutoDetectParser().parse(in, new DefaultHandler(), metadata, new ParseContext());
        } catch (Exception unreadable) {
            found.put("tika.error", unreadable.getClass().getSimpleName());
        }
        for (String name : metadata.names()) {
            found.put("tika." + name, metadata.get(name));
            String tag = TIKA_TAGS.get(name);
            if (tag != null && metadata.get(name) != null && !metadata.get(name).isBlank()) {
                found.putIfAbsent(TAG + tag, metadata.get(name));
            }
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
            Tag tag = audio.getTag();
            if (tag != null) {
                for (FieldKey key : JAUDIOTAGGER_TAGS) {
                    String value = tag.getFirst(key);
                    if (value != null && !value.isBlank()) {
                        // Jaudiotagger's reading is plainer than Tika's ("eng - …" comments): it wins.
                        found.put(TAG + key.name().toLowerCase(Locale.ROOT), value);
                    }
                }
            }
        } catch (Exception | StackOverflowError unreadable) {
            found.put("jat.error", unreadable.getClass().getSimpleName());
        }
    }
}
