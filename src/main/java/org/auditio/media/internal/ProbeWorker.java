package org.auditio.media.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import org.auditio.media.probe.MetadataProbe;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One long-lived probe JVM ({@link MetadataProbe}) and the application's side of its protocol: a
 * JSON request per line with a fresh random id, a JSON answer per line that must echo it. A daemon
 * thread reads the answers, bounded in size, so that waiting can give up at a deadline. Anything
 * but the awaited answer (another id, a line that is no JSON object, an oversized line) means the
 * probe can no longer be trusted: {@link ProtocolException}, and the caller kills it. The probe runs
 * in a process group of its own, which its ffmpeg children inherit: closing kills the whole group.
 */
final class ProbeWorker implements AutoCloseable {

    /** A frame longer than this is no answer of ours: the worker is killed. */
    static final int MAX_FRAME = 256 * 1024;

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom IDS = new SecureRandom();

    /** One line from the probe: a JSON object, or why there is none. */
    private record Frame(
            @Nullable JsonNode fields, @Nullable String trouble) {}

    private static final Frame GONE = new Frame(null, "the probe exited");

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<Frame> frames = new LinkedBlockingQueue<>();
    private boolean ready;
    private int served;

    private ProbeWorker(Process process) {
        this.process = process;
        this.requests = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readFrames, "metadata-probe-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ProbeWorker start(List<String> command) throws IOException {
        return new ProbeWorker(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /**
     * Waits, the first time only, for the probe's ready frame: a JVM start and the parsers' loading
     * have their own limit and never eat into a file's.
     */
    void awaitReady(Duration startLimit) throws IOException, TimeoutException {
        if (ready) {
            return;
        }
        JsonNode frame = next(System.nanoTime() + startLimit.toNanos(), "no ready frame within " + startLimit);
        if (!frame.path("ready").asBoolean(false)) {
            throw new ProtocolException("expected the ready frame, got another");
        }
        ready = true;
    }

    /**
     * The facts ({@code key=value}) and tags ({@code tag.key=value}) the probe found in one file, as
     * lines for {@link Probed#of}; empty when the probe found it unreadable (the worker stays usable).
     * With {@code remuxTo}, the probe first writes the file's media into a fresh container there,
     * measures that, and reads the tags from the original.
     *
     * @throws TimeoutException when no answer came within {@code limit} of the request
     * @throws IOException when the probe died or broke the protocol: it must be killed
     */
    Optional<List<String>> probe(Path file, String mediaType, @Nullable Path remuxTo, Duration limit)
            throws IOException, TimeoutException {
        served++;
        String id = HexFormat.of().toHexDigits(IDS.nextLong());
        Map<String, String> request = new LinkedHashMap<>();
        request.put("id", id);
        request.put("type", mediaType);
        request.put("path", file.toAbsolutePath().toString());
        if (remuxTo != null) {
            request.put("remuxTo", remuxTo.toAbsolutePath().toString());
        }
        requests.write(JSON.writeValueAsString(request) + "\n");
        requests.flush();
        JsonNode answer = next(System.nanoTime() + limit.toNanos(), "no answer within " + limit);
        if (!id.equals(answer.path("id").asString(null))) {
            throw new ProtocolException("an answer to another request");
        }
        if (answer.has("unreadable")) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>();
        answer.path("facts").properties().forEach(fact -> add(lines, "", fact));
        answer.path("tags").properties().forEach(tag -> add(lines, MetadataProbe.TAG, tag));
        return Optional.of(lines);
    }

    /** Only plain keys and text values: a key never holds the "=" that {@link Probed#of} splits on. */
    private static void add(List<String> lines, String prefix, Map.Entry<String, JsonNode> entry) {
        if (KEY.matcher(entry.getKey()).matches() && entry.getValue().isString()) {
            lines.add(prefix + entry.getKey() + "=" + entry.getValue().stringValue());
        }
    }

    private JsonNode next(long deadline, String late) throws IOException, TimeoutException {
        Frame frame;
        try {
            frame = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TimeoutException("interrupted");
        }
        if (frame == null) {
            throw new TimeoutException(late);
        }
        if (frame == GONE) {
            throw new IOException(GONE.trouble());
        }
        if (frame.fields() == null) {
            throw new ProtocolException(frame.trouble());
        }
        return frame.fields();
    }

    int served() {
        return served;
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The probe's processes: itself, then its children, for tests and for killing them. */
    List<ProcessHandle> processes() {
        List<ProcessHandle> all = new ArrayList<>(List.of(process.toHandle()));
        process.descendants().forEach(all::add);
        return all;
    }

    private void readFrames() {
        try (InputStream out = process.getInputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int b = out.read(); b != -1; b = out.read()) {
                if (b != '\n') {
                    if (line.size() >= MAX_FRAME) {
                        frames.add(new Frame(null, "a frame longer than " + MAX_FRAME + " bytes"));
                        return;
                    }
                    line.write(b);
                    continue;
                }
                frames.add(parse(line.toString(StandardCharsets.UTF_8)));
                line.reset();
            }
        } catch (IOException closed) {
            // the process was killed: same as its end
        } finally {
            frames.add(GONE);
        }
    }

    private static Frame parse(String line) {
        try {
            JsonNode fields = JSON.readTree(line);
            return fields != null && fields.isObject() ? new Frame(fields, null) : new Frame(null, "not an object");
        } catch (RuntimeException malformed) {
            return new Frame(null, "a malformed frame");
        }
    }

    /**
     * Kills the probe's process group (the probe and every child it started, even a child whose probe
     * already died), then waits briefly until the probe is gone.
     */
    @Override
    public void close() {
        List<ProcessHandle> children = process.descendants().toList();
        ProcessGroups.kill(process.pid());
        children.forEach(ProcessHandle::destroyForcibly);
        try {
            process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The probe broke the protocol: whatever it says next cannot be attributed to a request. */
    static final class ProtocolException extends IOException {
        ProtocolException(@Nullable String message) {
            super(message);
        }
    }
}
