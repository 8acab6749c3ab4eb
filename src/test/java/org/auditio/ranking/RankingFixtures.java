package org.auditio.ranking;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.auditio.AsUser;
import org.auditio.accounts.Role;
import org.auditio.jury.ConflictKind;
import org.auditio.jury.JuryFixtures.Call;
import org.auditio.jury.JuryFixtures.Juror;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.Sharing;

/** A jury at work through the real services: the first juror chairs, everyone hears everyone. */
public class RankingFixtures {

    private final JuryPanels panels;
    private final JuryWork work;

    public RankingFixtures(JuryPanels panels, JuryWork work) {
        this.panels = panels;
        this.work = work;
    }

    public void start(Call call) {
        List<UUID> ids = call.jurors().stream().map(Juror::id).toList();
        AsUser.run(call.organiser().email(), Role.ORGANISER, () -> {
            panels.compose(call.auditionId(), ids, ids.getFirst(), Sharing.EVERYONE, 0);
            panels.startScoring(call.auditionId());
        });
    }

    /** The anonymous codes of the call, sorted (the same for every juror). */
    public List<String> codes(Call call) {
        return AsUser.call(call.jurors().getFirst().email(), Role.JUROR, () -> work.queue(call.auditionId())).stream()
                .map(QueueEntry::code)
                .sorted()
                .toList();
    }

    /** Every criterion of that candidate marked {@code mark}, then submitted. */
    public void score(Call call, Juror juror, String code, String mark) {
        AsUser.run(juror.email(), Role.JUROR, () -> {
            for (var criterion : work.open(call.auditionId(), code).rubric()) {
                work.mark(
                        call.auditionId(),
                        code,
                        criterion.criterion().id(),
                        new BigDecimal(mark),
                        criterion.version(),
                        null);
            }
            work.submit(call.auditionId(), code);
        });
    }

    /** Each juror (by index) marks each code (by index) as {@code marks} says; null: not scored. */
    public void scoreAll(Call call, List<String> codes, BiFunction<Integer, Integer, String> marks) {
        for (int j = 0; j < call.jurors().size(); j++) {
            for (int c = 0; c < codes.size(); c++) {
                String mark = marks.apply(j, c);
                if (mark != null) {
                    score(call, call.jurors().get(j), codes.get(c), mark);
                }
            }
        }
    }

    public void declareConflict(Call call, Juror juror, String code) {
        AsUser.run(
                juror.email(), Role.JUROR, () -> work.declareConflict(call.auditionId(), code, ConflictKind.TEACHER));
    }
}
