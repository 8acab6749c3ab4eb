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
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
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
        public Map<String, String> tags(Path file, String mediaType) {
            return tagsOf(file, mediaType);
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

    /** Embedded tags only, read as {@link #probe} reads them (without measuring loudness). */
    static Map<String, String> tagsOf(Path file, String type) {
        Map<String, String> found = new TreeMap<>();
        tika(file, found);
        String extension = JAUDIOTAGGER_EXTENSIONS.get(type);
        if (extension != null) {
            jaudiotagger(file, extension, found);
        }
        if (type.startsWith("video/")) {
            ffprobe(file, found);
        }
        Map<String, String> tags = new TreeMap<>();
        found.forEach((key, value) -> {
            if (key.startsWith(TAG) && value != null) {
                tags.put(key, clean(value));
            }
        });
        return tags;
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
        loudness(file, found);
        Map<String, String> answer = normalised(found);
        found.forEach((key, value) -> {
            if (key.startsWith(TAG)) {
                answer.put(key, clean(value));
            }
        });
        return answer;
    }

    /** One line, no control or direction characters, short. */
    private static String clean(String value) {
        String plain = value.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
        return plain.substring(0, Math.min(plain.length(), MAX_TAG));
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
        // the first plausible answer: a forged or misread header ("-14" channels) does not win
        put(
                facts,
                "sampleRate",
                first(rate(found.get("tika.xmpDM:audioSampleRate")), rate(found.get("jat.sampleRate"))));
        put(
                facts,
                "channels",
                first(
                        channels(found.get("tika.channels")),
                        channels(found.get("jat.channels")),
                        channels(found.get("tika.xmpDM:audioChannelType"))));
        put(
                facts,
                "audioCodec",
                first(
                        found.get("tika.xmpDM:audioCompressor"),
                        found.get("jat.encoding"),
                        found.get("ffprobe.audioCodec")));
        // ffprobe names the codec ("h264"); the container's compressor field is free text, often the
        // encoder's name ("Lavc59.37.100 libx264"): only a fallback.
        put(facts, "videoCodec", first(found.get("ffprobe.videoCodec"), found.get("tika.xmpDM:videoCompressor")));
        put(facts, "width", first(found.get("tika.tiff:ImageWidth"), found.get("ffprobe.width")));
        put(facts, "height", first(found.get("tika.tiff:ImageLength"), found.get("ffprobe.height")));
        put(facts, "bitrateKbps", found.get("jat.bitrate"));
        put(facts, "frameRate", found.get("ffprobe.frameRate"));
        put(facts, "loudnessLufs", found.get("ffmpeg.loudness"));
        put(facts, "truePeakDbfs", found.get("ffmpeg.truePeak"));
        return facts;
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

    /**
     * Integrated loudness (EBU R128) and true peak, measured by Debian's ffmpeg when installed, so
     * players can level recordings made at very different volumes. A long file may take ffmpeg
     * longer than {@link #LOUDNESS_LIMIT}: its loudness is then unknown, nothing else is lost.
     */
    private static void loudness(Path file, Map<String, String> found) {
        Process ffmpeg = null;
        try {
            ffmpeg = BoundedCommand.start(new ProcessBuilder(
                            "ffmpeg",
                            "-hide_banner",
                            "-nostats",
                            "-nostdin",
                            "-i",
                            file.toString(),
                            "-vn",
                            "-af",
                            "ebur128=peak=true",
                            "-f",
                            "null",
                            "-")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectErrorStream(false));
            Process running = ffmpeg;
            // ffmpeg logs every 100 ms of sound; only the summary's last lines matter.
            CompletableFuture<List<String>> summary =
                    CompletableFuture.supplyAsync(() -> lastLines(running.getErrorStream(), 20));
            if (!ffmpeg.waitFor(LOUDNESS_LIMIT.toMillis(), TimeUnit.MILLISECONDS) || ffmpeg.exitValue() != 0) {
                return;
            }
            String section = "";
            for (String line : summary.get(1, TimeUnit.SECONDS)) {
                String text = line.strip();
                if (text.endsWith(":") && !text.contains(" ")) {
                    continue;
                }
                if (text.startsWith("Integrated loudness") || text.startsWith("True peak")) {
                    section = text;
                } else if (text.startsWith("I:") && section.startsWith("Integrated")) {
                    put(found, "ffmpeg.loudness", decibels(text));
                } else if (text.startsWith("Peak:") && section.startsWith("True peak")) {
                    put(found, "ffmpeg.truePeak", decibels(text));
                }
            }
        } catch (Exception notInstalled) {
            found.put("ffmpeg.error", notInstalled.getClass().getSimpleName());
        } finally {
            if (ffmpeg != null && ffmpeg.isAlive()) {
                ffmpeg.destroyForcibly();
            }
        }
    }

    private static final Duration LOUDNESS_LIMIT = Duration.ofSeconds(10);

    private static List<String> lastLines(InputStream in, int count) {
        ArrayDeque<String> last = new ArrayDeque<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (last.size() == count) {
                    last.removeFirst();
                }
                last.addLast(line.length() > 200 ? line.substring(0, 200) : line);
            }
        } catch (IOException ended) {
            // what was read is all there is
        }
        return List.copyOf(last);
    }

    /** "I:  -21.8 LUFS" as -21.8; null for anything else, and for ffmpeg's -inf or 0 of silence. */
    private static @Nullable String decibels(String line) {
        String[] words = line.split("\\s+");
        try {
            double value = Double.parseDouble(words[1]);
            return Double.isFinite(value) && value < 0 && value > -100 ? words[1] : null;
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException notANumber) {
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
