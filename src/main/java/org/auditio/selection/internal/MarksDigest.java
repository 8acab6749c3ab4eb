package org.auditio.selection.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.auditio.jury.SubmittedMarks;

/**
 * The SHA-256 of every submitted mark of an audition, in a canonical form anyone can recompute from
 * an export: one line {@code application,juror,criterion,mark} per mark (ids in lower case, marks
 * without trailing zeros), lines sorted, each ending with a line feed.
 */
public final class MarksDigest {

    private MarksDigest() {}

    public static String of(List<SubmittedMarks> submitted) {
        List<String> lines = new ArrayList<>();
        for (SubmittedMarks marks : submitted) {
            marks.marks()
                    .forEach((criterion, mark) -> lines.add(marks.applicationId() + "," + marks.jurorId() + ","
                            + criterion + "," + mark.stripTrailingZeros().toPlainString()));
        }
        lines.sort(null);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            lines.forEach(line -> sha.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    public static int count(List<SubmittedMarks> submitted) {
        return submitted.stream().mapToInt(m -> m.marks().size()).sum();
    }
}
