package org.auditio.media.probe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The probe's side of the protocol: one JSON object per line each way. A request names its id, the
 * file, its media type and, to store it, where to write the file remuxed; the answer echoes the id
 * with the facts and tags, or says the file is unreadable. JSON escapes every line break, so no
 * tag a file carries can end an answer early or start the next one; the id lets the application
 * check that an answer is the one it waits for. The first line is a ready frame, printed once the
 * parsers are loaded, so that a cold start never counts against a file's time limit.
 */
final class ProbeServer {

    static final int MAX_TAGS = 40;
    static final int MAX_KEY = 40;
    static final int MAX_VALUE = 200;
    private static final int MAX_FACT = 100;
    private static final Pattern FACT_KEY = Pattern.compile("[A-Za-z0-9]{1,40}");

    /** What the server asks of the parsers; the probe's, or a test's. */
    interface Parsers {
        /** Facts (and tags, prefixed {@link MetadataProbe#TAG}) of one file. */
        Map<String, String> measure(Path file, String mediaType);

        /** Writes the file's media packets into a fresh container; false when that fails. */
        boolean remux(String mediaType, Path in, Path out) throws IOException, InterruptedException;
    }

    private final JsonMapper json = JsonMapper.builder().build();
    private final Parsers parsers;

    ProbeServer(Parsers parsers) {
        this.parsers = parsers;
    }

    void serve(BufferedReader requests, PrintStream out) throws IOException {
        out.println(json.writeValueAsString(Map.of("ready", true)));
        out.flush();
        for (String line = requests.readLine(); line != null; line = requests.readLine()) {
            out.println(answer(line));
            out.flush();
        }
    }

    /** One answer line, whatever happens: a parser's failure of any kind makes the file unreadable. */
    String answer(String request) {
        String id = null;
        try {
            JsonNode fields = json.readTree(request);
            id = fields.path("id").asString(null);
            return json.writeValueAsString(measured(fields, id));
        } catch (Throwable anything) {
            // OutOfMemoryError too: a direct buffer a header asks for fails alone, the heap is intact;
            // a heap exhausted for real ends the JVM first (ExitOnOutOfMemoryError).
            Map<String, Object> unreadable = new LinkedHashMap<>();
            unreadable.put("id", id);
            unreadable.put("unreadable", anything.getClass().getSimpleName());
            return json.writeValueAsString(unreadable);
        }
    }

    private Map<String, Object> measured(JsonNode request, @Nullable String id) throws Exception {
        String type = request.path("type").asString();
        Path file = Path.of(request.path("path").asString());
        String remuxTo = request.path("remuxTo").asString(null);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", id);
        if (id == null || type.isEmpty()) {
            answer.put("unreadable", "request");
            return answer;
        }
        // The sound as uploaded is decoded beside its headers' claims (a cut-off file shows only there:
        // a remux writes honest headers); the remux copies its packets, so what is stored plays as long
        // as what was decoded. Tags too come from the upload (the remux drops them). Sound that does not
        // decode is refused for that reason (the app says which): no remux then.
        Map<String, String> found = parsers.measure(file, type);
        if (remuxTo != null && !found.containsKey("decodeError") && !parsers.remux(type, file, Path.of(remuxTo))) {
            answer.put("unreadable", "remux");
            return answer;
        }
        answer.put("facts", facts(found));
        answer.put("tags", tags(found));
        return answer;
    }

    private static Map<String, String> facts(Map<String, String> found) {
        Map<String, String> facts = new TreeMap<>();
        found.forEach((key, value) -> {
            if (!key.startsWith(MetadataProbe.TAG) && FACT_KEY.matcher(key).matches() && value != null) {
                facts.put(key, bounded(value, MAX_FACT));
            }
        });
        return facts;
    }

    /** Keys as plain identifiers, values on one clean line, both short, and not too many. */
    static Map<String, String> tags(Map<String, String> found) {
        Map<String, String> tags = new TreeMap<>();
        for (Map.Entry<String, String> tag : found.entrySet()) {
            if (!tag.getKey().startsWith(MetadataProbe.TAG) || tag.getValue() == null) {
                continue;
            }
            String key = key(tag.getKey().substring(MetadataProbe.TAG.length()));
            String value = bounded(tag.getValue(), MAX_VALUE);
            if (!key.isEmpty() && !value.isEmpty() && tags.size() < MAX_TAGS) {
                tags.putIfAbsent(key, value);
            }
        }
        return tags;
    }

    static String key(String raw) {
        String key =
                raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_").replaceAll("^_+|_+$", "");
        return key.substring(0, Math.min(key.length(), MAX_KEY));
    }

    private static String bounded(String value, int max) {
        String plain =
                value.replaceAll("[\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}]", " ").strip();
        return plain.substring(0, Math.min(plain.length(), max));
    }
}
