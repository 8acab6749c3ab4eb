package org.auditio.media.probe;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ffmpeg's log of one {@link SoundDecode}, read line by line: the input's container duration and
 * first audio stream, then the filters' figures (volumedetect's sample count, peak and full-scale
 * samples, silencedetect's silent stretches, ebur128's summary). Only these few figures are kept,
 * however long the log.
 */
final class DecodeLog {

    private static final Pattern CONTAINER_DURATION =
            Pattern.compile("^\\s*Duration: (\\d+):(\\d{2}):(\\d{2}(?:\\.\\d+)?)");
    private static final Pattern AUDIO_STREAM =
            Pattern.compile("^\\s*Stream #0:\\d+.*?: Audio: ([a-z0-9_]+)[^,]*, (\\d+) Hz, ([^,]+)");
    private static final Pattern FILTER_LINE = Pattern.compile("^\\[Parsed_(\\w+?)_\\d+ @ [^]]+] (.*)$");
    private static final Pattern CHANNELS = Pattern.compile("(\\d+) channels");

    private boolean inputDone;
    private boolean noAudio;
    private boolean estimated;
    private @Nullable String containerSeconds;
    private @Nullable String codec;
    private @Nullable String sampleRate;
    private @Nullable String channels;
    private @Nullable String samples;
    private @Nullable String fullScale;
    private @Nullable String samplePeak;
    private @Nullable String loudness;
    private @Nullable String truePeak;
    private double silentSeconds;
    private String section = "";

    void line(String line) {
        String text = line.strip();
        if (text.startsWith("Stream mapping:") || text.startsWith("Output #")) {
            inputDone = true;
        }
        if (text.contains("matches no streams")) {
            noAudio = true;
        }
        if (text.contains("Estimating duration from bitrate")) {
            estimated = true;
        }
        Matcher filter = FILTER_LINE.matcher(text);
        if (filter.matches()) {
            filterLine(filter.group(1), filter.group(2).strip());
        } else if (text.startsWith("[silencedetect @") || text.startsWith("[volumedetect @")) {
            // ffmpeg names a filter's log by its instance or by its kind, depending on when it logs
            filterLine(
                    text.substring(1, text.indexOf(' ')),
                    text.substring(text.indexOf(']') + 1).strip());
        } else if (!inputDone) {
            input(line);
        } else {
            summary(text);
        }
    }

    private void input(String line) {
        Matcher duration = CONTAINER_DURATION.matcher(line);
        if (duration.find() && containerSeconds == null) {
            double seconds = Integer.parseInt(duration.group(1)) * 3600
                    + Integer.parseInt(duration.group(2)) * 60
                    + Double.parseDouble(duration.group(3));
            containerSeconds = String.format(Locale.ROOT, "%.3f", seconds);
        }
        Matcher stream = AUDIO_STREAM.matcher(line);
        if (stream.find() && codec == null) {
            codec = stream.group(1);
            sampleRate = stream.group(2);
            channels = channels(stream.group(3).strip());
        }
    }

    private void filterLine(String filter, String text) {
        if (filter.startsWith("volumedetect")) {
            if (text.startsWith("n_samples:")) {
                samples = text.substring("n_samples:".length()).strip();
            } else if (text.startsWith("max_volume:")) {
                samplePeak = firstWord(text.substring("max_volume:".length()));
            } else if (text.startsWith("histogram_0db:")) {
                fullScale = text.substring("histogram_0db:".length()).strip();
            }
        } else if (filter.startsWith("silencedetect") && text.startsWith("silence_end:")) {
            int at = text.indexOf("silence_duration:");
            if (at > 0) {
                try {
                    silentSeconds += Double.parseDouble(
                            text.substring(at + "silence_duration:".length()).strip());
                } catch (NumberFormatException unreadable) {
                    // one stretch less
                }
            }
        }
    }

    /** ebur128's summary: "Integrated loudness:" then "I: -21.8 LUFS"; "True peak:" then "Peak: 0.4 dBFS". */
    private void summary(String text) {
        if (text.startsWith("Integrated loudness") || text.startsWith("True peak")) {
            section = text;
        } else if (text.startsWith("I:") && section.startsWith("Integrated")) {
            loudness = firstWord(text.substring(2));
        } else if (text.startsWith("Peak:") && section.startsWith("True peak")) {
            truePeak = firstWord(text.substring(5));
        }
    }

    void into(Map<String, String> found, int exitValue) {
        put(found, "decode.containerSeconds", estimated ? null : containerSeconds);
        if (estimated) {
            found.put("decode.estimated", "true");
        }
        put(found, "decode.audioCodec", codec);
        put(found, "decode.sampleRate", sampleRate);
        put(found, "decode.channels", channels);
        if (noAudio) {
            found.put("decode.error", SoundDecode.NO_AUDIO);
            return;
        }
        long count = whole(samples);
        if (exitValue != 0 || count <= 0 || channels == null || sampleRate == null) {
            found.put("decode.error", SoundDecode.UNDECODABLE);
            return;
        }
        double perSecond = Double.parseDouble(sampleRate) * Integer.parseInt(channels);
        found.put("decode.seconds", String.format(Locale.ROOT, "%.3f", count / perSecond));
        found.put("decode.samples", Long.toString(count));
        found.put("decode.fullScaleShare", String.format(Locale.ROOT, "%.6f", whole(fullScale) / (double) count));
        found.put(
                "decode.silentShare",
                String.format(Locale.ROOT, "%.4f", Math.min(1.0, silentSeconds * perSecond / count)));
        put(found, "decode.samplePeak", samplePeak);
        put(found, "decode.loudness", loudness);
        put(found, "decode.truePeak", truePeak);
    }

    private static long whole(@Nullable String number) {
        try {
            return number == null ? 0 : Long.parseLong(number.strip());
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    private static @Nullable String firstWord(String text) {
        String[] words = text.strip().split("\\s+");
        return words.length == 0 || words[0].isEmpty() ? null : words[0];
    }

    private static void put(Map<String, String> found, String key, @Nullable String value) {
        if (value != null) {
            found.put(key, value);
        }
    }

    /** ffmpeg's channel layout names as a count ("stereo" 2, "5.1(side)" 6, "3 channels" 3). */
    static @Nullable String channels(String layout) {
        Matcher counted = CHANNELS.matcher(layout);
        if (counted.find()) {
            return counted.group(1);
        }
        String name = layout.replaceAll("\\(.*\\)", "").strip();
        Integer count = LAYOUTS.get(name);
        return count == null ? null : count.toString();
    }

    private static final Map<String, Integer> LAYOUTS = Map.ofEntries(
            Map.entry("mono", 1),
            Map.entry("stereo", 2),
            Map.entry("downmix", 2),
            Map.entry("2.1", 3),
            Map.entry("3.0", 3),
            Map.entry("quad", 4),
            Map.entry("4.0", 4),
            Map.entry("3.1", 4),
            Map.entry("4.1", 5),
            Map.entry("5.0", 5),
            Map.entry("5.1", 6),
            Map.entry("6.0", 6),
            Map.entry("hexagonal", 6),
            Map.entry("6.1", 7),
            Map.entry("7.0", 7),
            Map.entry("7.1", 8),
            Map.entry("octagonal", 8));
}
