package org.auditio.accounts.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.auditio.common.UserError;
import org.springframework.stereotype.Component;

/**
 * Length over composition (NIST SP 800-63B rev. 4): at least 15 characters, up to 128, any
 * characters, no rules about digits or symbols. Refused: passwords made only of common passwords
 * and keyboard runs (with a few digits or symbols at the end), and ones built on the e-mail name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 15;
    public static final int MAX_LENGTH = 128;

    private final Set<String> common = load();

    /** Empty when acceptable, else the reason as a translatable error. */
    public Optional<UserError> check(String password, String email) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new UserError("password.too-short", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new UserError("password.too-long", MAX_LENGTH));
        }
        String folded = password.toLowerCase(Locale.ROOT).replaceAll("[\\s._-]", "");
        if (folded.codePoints().distinct().count() <= 3
                || madeOfCommonWords(folded.replaceAll("[^\\p{L}\\p{N}]+$", ""))) {
            return Optional.of(new UserError("password.too-common"));
        }
        String name = email.toLowerCase(Locale.ROOT).replaceAll("@.*", "").replaceAll("[._+-]", "");
        if (name.length() >= 4 && folded.contains(name)) {
            return Optional.of(new UserError("password.contains-email"));
        }
        return Optional.empty();
    }

    /** True for a run of digits, or text that splits entirely into listed words plus up to four digits. */
    boolean madeOfCommonWords(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return isRun(text);
        }
        String core = text.replaceAll("\\d{1,4}$", "");
        boolean[] reachable = new boolean[core.length() + 1];
        reachable[0] = true;
        for (int end = 1; end <= core.length(); end++) {
            for (int start = Math.max(0, end - 24); start < end && !reachable[end]; start++) {
                reachable[end] = reachable[start] && common.contains(core.substring(start, end));
            }
        }
        return reachable[core.length()];
    }

    private static boolean isRun(String digits) {
        return "01234567890123456789".contains(digits) || "98765432109876543210".contains(digits);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/org/auditio/accounts/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
