package org.auditio.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class TranslationBundlesTest {

    @Test
    void english_and_french_have_the_same_keys() throws IOException {
        assertThat(bundle("translations_fr.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("translations.properties").stringPropertyNames());
    }

    @Test
    void every_pattern_is_a_valid_message_format_without_straight_apostrophes() throws IOException {
        for (String file : new String[] {"translations.properties", "translations_fr.properties"}) {
            Properties texts = bundle(file);
            for (String key : texts.stringPropertyNames()) {
                String pattern = texts.getProperty(key);
                assertThat(pattern).as("%s in %s", key, file).doesNotContain("'");
                new MessageFormat(pattern, Locale.FRENCH).format(new Object[] {1, 2, 3, 4, 5, 6});
            }
        }
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
