package org.auditio.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages complete, every key the code names present, no literal text in views. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Keys named in code: getTranslation("k"), new UserError("k"), @Menu(title = "k"), mail templates. */
    private static final Pattern KEY_USE =
            Pattern.compile("(?:getTranslation|UserError)\\(\\s*\"([a-z][a-z0-9.-]+)\"|title = \"([a-z][a-z0-9.-]+)\"");

    /** Text handed straight to a component: it would show untranslated. */
    private static final Pattern LITERAL_TEXT = Pattern.compile(
            "(?:new (?:H[1-6]|Span|Paragraph|Button|NativeLabel|Text|Anchor|RouterLink|Details|Tab)\\(\\s*\"[^\"]*\\p{L}"
                    + "|\\.set(?:Text|Label|Placeholder|HelperText|ErrorMessage|Title|AriaLabel|Header)\\(\\s*\"[^\"]*\\p{L}"
                    + "|\\.addItem\\(\\s*\"[^\"]*\\p{L})");

    @Test
    void english_and_french_have_the_same_keys() throws IOException {
        assertThat(bundle("translations_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("translations.properties").stringPropertyNames());
    }

    @Test
    void no_text_is_empty_or_uses_an_ascii_apostrophe() throws IOException {
        for (String file : List.of("translations.properties", "translations_fr.properties")) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                assertThat(text).as("%s in %s", key, file).isNotBlank().doesNotContain("'");
            }
        }
    }

    @Test
    void every_key_named_in_the_code_exists() throws IOException {
        Set<String> known = bundle("translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            Matcher matcher = KEY_USE.matcher(Files.readString(file));
            while (matcher.find()) {
                String key = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
                boolean found = key.endsWith(".")
                        ? known.stream().anyMatch(k -> k.startsWith(key)) // a prefix completed at run time
                        : known.contains(key);
                if (!found) {
                    missing.add(key + " (" + file.getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void views_show_no_literal_text() throws IOException {
        List<String> literals = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (LITERAL_TEXT.matcher(lines.get(i)).find()) {
                    literals.add(file.getFileName() + ":" + (i + 1) + " "
                            + lines.get(i).strip());
                }
            }
        }
        assertThat(literals).isEmpty();
    }

    @Test
    void the_literal_text_check_would_catch_one() {
        assertThat(LITERAL_TEXT.matcher("add(new Button(\"Save\"));").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("field.setLabel(\"Nom\");").find()).isTrue();
        assertThat(LITERAL_TEXT.matcher("new Button(getTranslation(\"x\"))").find())
                .isFalse();
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
