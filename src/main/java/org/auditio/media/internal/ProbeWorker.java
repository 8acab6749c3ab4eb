package org.auditio.media.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.auditio.media.probe.MetadataProbe;

/**
 * One long-lived probe JVM ({@link MetadataProbe}): a file to read on each line of its input, its
 * facts as {@code key=value} lines on its output, ended by {@link MetadataProbe#END}. A daemon thread
 * reads the output, so that waiting for an answer can give up at a deadline.
 */
final class ProbeWorker implements AutoCloseable {

    /** What the reading thread queues when the probe's output ends (it died). */
    private static final String GONE = "\u0000gone";

    private static final int MAX_LINES = 200;
    private static final int MAX_LINE = 4000;

    private final Process process;
    private final Writer requests;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private int served;

    private ProbeWorker(Process process) {
        this.process = process;
        this.requests = process.outputWriter(StandardCharsets.UTF_8);
        Thread reader = new Thread(this::readAnswers, "metadata-probe-" + process.pid());
        reader.setDaemon(true);
        reader.start();
    }

    static ProbeWorker start(List<String> command) throws IOException {
        return new ProbeWorker(new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start());
    }

    /**
     * The facts the probe printed for one file.
     *
     * @throws TimeoutException when no full answer came within {@code limit}
     * @throws IOException when the probe died (a crafted file can make it run out of memory)
     */
    List<String> probe(Path file, String mediaType, Duration limit) throws IOException, TimeoutException {
        served++;
        requests.write(mediaType + "\t" + file.toAbsolutePath() + "\n");
        requests.flush();
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> answer = new ArrayList<>();
        while (true) {
            String line;
            try {
                line = lines.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TimeoutException("interrupted");
            }
            if (line == null) {
                throw new TimeoutException("no answer within " + limit);
            }
            if (line.equals(GONE)) {
                throw new IOException("the probe exited");
            }
            if (line.equals(MetadataProbe.END)) {
                return answer;
            }
            if (answer.size() < MAX_LINES) {
                answer.add(line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line);
            }
        }
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

    private void readAnswers() {
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // the process was killed: same as its end
        } finally {
            lines.add(GONE);
        }
    }

    /** Kills the probe and waits (briefly) until it is gone. */
    @Override
    public void close() {
        try {
            process.destroyForcibly().waitFor(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
