package org.auditio.media.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The probe's side of the protocol, with parsers that misbehave on purpose. */
class ProbeServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void any_throwable_of_a_parser_gives_an_unreadable_answer_and_the_next_file_is_served() throws Exception {
        List<Supplier<Map<String, String>>> behaviours = List.of(
                () -> {
                    throw new OutOfMemoryError("Cannot reserve 2147483648 bytes of direct buffer memory");
                },
                () -> {
                    throw new AssertionError("a library's own check");
                },
                () -> {
                    throw new StackOverflowError();
                },
                () -> Map.of("sampleRate", "22050"));
        List<JsonNode> answers = serve(behaviours, "a", "b", "c", "d");

        assertThat(answers.get(0).path("ready").asBoolean()).isTrue();
        for (int i = 1; i <= 3; i++) {
            assertThat(answers.get(i).path("id").asString()).isEqualTo(String.valueOf((char) ('a' + i - 1)));
            assertThat(answers.get(i).has("unreadable")).isTrue();
            assertThat(answers.get(i).has("facts")).isFalse();
        }
        assertThat(answers.get(4).path("id").asString()).isEqualTo("d");
        assertThat(answers.get(4).path("facts").path("sampleRate").asString()).isEqualTo("22050");
    }

    @Test
    void tag_names_and_values_with_line_breaks_stay_inside_one_answer_line_cleaned_and_bounded() throws Exception {
        Map<String, String> found = new java.util.TreeMap<>();
        found.put("tag.evil\r.\rkey", "v\r.\n\u2028x");
        found.put("tag.=" + "k".repeat(100), "y".repeat(1000));
        IntStream.range(0, 100).forEach(i -> found.put("tag.t" + i, "v"));
        found.put("duration\nSeconds", "9");
        found.put("durationSeconds", "1.5");
        List<JsonNode> answers = serve(List.of(() -> found), "x");

        assertThat(answers).hasSize(2);
        JsonNode tags = answers.get(1).path("tags");
        assertThat(tags.path("evil_key").asString()).isEqualTo("v .  x");
        assertThat(tags.path("k".repeat(ProbeServer.MAX_KEY)).asString()).hasSize(ProbeServer.MAX_VALUE);
        assertThat(tags.properties()).hasSize(ProbeServer.MAX_TAGS);
        tags.properties().forEach(tag -> assertThat(tag.getKey()).matches("[a-z0-9_-]{1,40}"));
        assertThat(answers.get(1).path("facts").properties())
                .extracting(Map.Entry::getKey)
                .containsExactly("durationSeconds");
    }

    @Test
    void a_request_that_is_no_json_gets_an_answer_without_an_id_which_the_application_refuses() throws Exception {
        String out = run(List.of(Map::of), "not json\n");
        assertThat(out.lines()).hasSize(2);
        JsonNode answer = JSON.readTree(out.lines().toList().get(1));
        assertThat(answer.path("id").isNull()).isTrue();
        assertThat(answer.has("unreadable")).isTrue();
    }

    private static List<JsonNode> serve(List<Supplier<Map<String, String>>> behaviours, String... ids) {
        StringBuilder requests = new StringBuilder();
        for (String id : ids) {
            requests.append(JSON.writeValueAsString(Map.of("id", id, "type", "audio/mpeg", "path", "/none")))
                    .append('\n');
        }
        return run(behaviours, requests.toString()).lines().map(JSON::readTree).toList();
    }

    private static String run(List<Supplier<Map<String, String>>> behaviours, String requests) {
        var next = behaviours.iterator();
        ProbeServer server = new ProbeServer(new ProbeServer.Parsers() {
            @Override
            public Map<String, String> measure(Path file, String mediaType) {
                return next.next().get();
            }

            @Override
            public boolean remux(String mediaType, Path in, Path out) {
                return true;
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            server.serve(
                    new BufferedReader(new StringReader(requests)), new PrintStream(out, true, StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
