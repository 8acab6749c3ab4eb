package org.auditio.jury.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.auditio.candidates.AnonymousApplication;
import org.auditio.jury.domain.JuryCode;

/**
 * Anonymous codes such as {@code WYC19-0173}: the title's initials and year, then a number drawn
 * in a random order, so neither the code nor its number tells when or in which order anyone applied.
 */
public final class AnonymousCodes {

    private static final Pattern YEAR = Pattern.compile("(19|20)(\\d\\d)");

    private AnonymousCodes() {}

    /** "World Youth Choir 2019" gives WYC19; a title without words gives JURY. */
    public static String prefix(String title) {
        StringBuilder initials = new StringBuilder();
        for (String word : title.split("[\\s\\-–]+")) {
            if (!word.isEmpty() && Character.isLetter(word.charAt(0)) && Character.isUpperCase(word.charAt(0))) {
                initials.append(word.charAt(0));
            }
            if (initials.length() == 5) {
                break;
            }
        }
        String letters = initials.isEmpty() ? "JURY" : initials.toString();
        Matcher year = YEAR.matcher(title);
        String suffix = year.find() ? year.group(2) : "";
        return (letters + suffix).toUpperCase(Locale.ROOT);
    }

    /** Codes for applications that have none yet, numbered after {@code alreadyGiven}. */
    public static List<JuryCode> give(
            UUID auditionId, String prefix, List<AnonymousApplication> withoutCode, int alreadyGiven) {
        List<AnonymousApplication> shuffled = new ArrayList<>(withoutCode);
        Collections.shuffle(shuffled, new Random(auditionId.getLeastSignificantBits() ^ alreadyGiven));
        List<JuryCode> codes = new ArrayList<>();
        int width = Math.max(4, String.valueOf(alreadyGiven + shuffled.size()).length());
        for (int i = 0; i < shuffled.size(); i++) {
            AnonymousApplication application = shuffled.get(i);
            String number = String.format(Locale.ROOT, "%0" + width + "d", alreadyGiven + i + 1);
            codes.add(new JuryCode(
                    auditionId, application.applicationId(), prefix + "-" + number, application.voicePart()));
        }
        return codes;
    }
}
