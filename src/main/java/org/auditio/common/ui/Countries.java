package org.auditio.common.ui;

import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** ISO 3166 countries, named in the reader's language and sorted the way they read them. */
public final class Countries {

    private Countries() {}

    public static String name(@Nullable String code, Locale locale) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return Locale.of("", code).getDisplayCountry(locale);
    }

    /** Every ISO code, sorted by name in the given language. */
    public static List<String> codes(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return Arrays.stream(Locale.getISOCountries())
                .sorted(Comparator.comparing(code -> name(code, locale), collator))
                .toList();
    }
}
