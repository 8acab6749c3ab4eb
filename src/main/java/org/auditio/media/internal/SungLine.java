package org.auditio.media.internal;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A sung-like line in pure Java, for the demo: notes glide into each other with a delayed
 * vibrato, a voice-like harmonic spectrum (one wavetable, so seconds of audio cost milliseconds)
 * and a little breath noise, written as a 16-bit mono PCM WAV.
 */
public final class SungLine {

    public static final int SAMPLE_RATE = 16_000;
    public static final String CODEC = "WAV PCM 16 bits";

    private static final int TABLE = 2048;
    private static final double VIBRATO_HZ = 5.5;
    private static final double VIBRATO_SEMITONES = 0.35;
    private static final double GLIDE_SECONDS = 0.06;

    /** One note: a MIDI pitch (or a rest when negative) held for some seconds. */
    public record Note(int midi, double seconds) {}

    private SungLine() {}

    /** The WAV bytes of these notes; the same notes and seed give the same bytes. */
    public static byte[] wav(Iterable<Note> notes, long seed) {
        return wav(notes, seed, SAMPLE_RATE, 1);
    }

    /** The same at another sample rate and loudness ({@code gain} 1 is the usual level). */
    public static byte[] wav(Iterable<Note> notes, long seed, int sampleRate, double gain) {
        short[] samples = sing(notes, seed, sampleRate, gain);
        ByteBuffer wav = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes(StandardCharsets.US_ASCII))
                .putInt(36 + samples.length * 2)
                .put("WAVEfmt ".getBytes(StandardCharsets.US_ASCII))
                .putInt(16)
                .putShort((short) 1) // PCM
                .putShort((short) 1) // mono
                .putInt(sampleRate)
                .putInt(sampleRate * 2)
                .putShort((short) 2)
                .putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII))
                .putInt(samples.length * 2);
        for (short sample : samples) {
            wav.putShort(sample);
        }
        return wav.array();
    }

    /** How long these notes last, in milliseconds: what the recording row says without probing. */
    public static long durationMillis(Iterable<Note> notes) {
        return durationMillis(notes, SAMPLE_RATE);
    }

    public static long durationMillis(Iterable<Note> notes, int sampleRate) {
        long samples = 0;
        for (Note note : notes) {
            samples += samplesOf(note, sampleRate);
        }
        return samples * 1000 / sampleRate;
    }

    private static short[] sing(Iterable<Note> notes, long seed, int sampleRate, double gain) {
        int total = 0;
        for (Note note : notes) {
            total += samplesOf(note, sampleRate);
        }
        short[] out = new short[total];
        double[] table = voiceTable();
        double[] sine = sineTable();
        Noise noise = new Noise(seed);
        double phase = 0;
        double vibratoPhase = 0;
        double previousHz = 0;
        int at = 0;
        for (Note note : notes) {
            int length = samplesOf(note, sampleRate);
            double hz = note.midi() < 0 ? 0 : 440 * Math.pow(2, (note.midi() - 69) / 12.0);
            double from = previousHz == 0 ? hz : previousHz;
            for (int i = 0; i < length; i++, at++) {
                double t = (double) i / sampleRate;
                if (hz == 0) {
                    out[at] = (short) (noise.next() * 60 * gain);
                    continue;
                }
                double envelope = envelope(t, note.seconds());
                double glide = Math.min(1, t / GLIDE_SECONDS);
                double depth = VIBRATO_SEMITONES * Math.min(1, Math.max(0, (t - 0.3) / 0.4));
                vibratoPhase = wrap(vibratoPhase + VIBRATO_HZ / sampleRate);
                // A semitone is about 5.8 % of the frequency: close enough for a third of one.
                double vibrato = 1 + depth * 0.0578 * sine[(int) (vibratoPhase * TABLE) & (TABLE - 1)];
                double current = (from + (hz - from) * glide) * vibrato;
                phase = wrap(phase + current / sampleRate);
                double voice = table[(int) (phase * TABLE) & (TABLE - 1)];
                double sample = gain * envelope * (0.55 * voice + 0.02 * noise.next());
                out[at] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, sample * 20_000));
            }
            previousHz = hz == 0 ? previousHz : hz;
        }
        return out;
    }

    /** A soft attack, a slight swell and a release, so notes sound sung rather than switched on. */
    private static double envelope(double t, double length) {
        double attack = Math.min(1, t / 0.08);
        double release = Math.min(1, Math.max(0, (length - t) / 0.12));
        double x = Math.min(1, t / length);
        double swell = 0.85 + 0.6 * x * (1 - x);
        return attack * release * swell;
    }

    /** One period of a vowel-like tone: falling harmonics with a bump around the third and fourth. */
    private static double[] voiceTable() {
        double[] amplitudes = {1.0, 0.55, 0.45, 0.4, 0.22, 0.12, 0.08, 0.05};
        double[] table = new double[TABLE];
        double peak = 0;
        for (int i = 0; i < TABLE; i++) {
            double x = 2 * Math.PI * i / TABLE;
            for (int h = 0; h < amplitudes.length; h++) {
                table[i] += amplitudes[h] * Math.sin((h + 1) * x);
            }
            peak = Math.max(peak, Math.abs(table[i]));
        }
        for (int i = 0; i < TABLE; i++) {
            table[i] /= peak;
        }
        return table;
    }

    /** Cheaper than floating-point remainder, which dominated the cost per sample. */
    private static double wrap(double phase) {
        return phase >= 1 ? phase - 1 : phase;
    }

    /** Breath: uniform noise in [-1, 1) from a xorshift generator, far cheaper than Gaussian draws per sample. */
    private static final class Noise {
        private long state;

        Noise(long seed) {
            state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;
        }

        double next() {
            state ^= state << 13;
            state ^= state >>> 7;
            state ^= state << 17;
            return (state >>> 11) * 0x1.0p-52 - 1;
        }
    }

    private static double[] sineTable() {
        double[] table = new double[TABLE];
        for (int i = 0; i < TABLE; i++) {
            table[i] = Math.sin(2 * Math.PI * i / TABLE);
        }
        return table;
    }

    private static int samplesOf(Note note, int sampleRate) {
        return (int) Math.round(note.seconds() * sampleRate);
    }
}
