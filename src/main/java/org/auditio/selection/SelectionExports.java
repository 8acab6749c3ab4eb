package org.auditio.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.accounts.AccountSummary;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.CriterionSpec;
import org.auditio.common.Translations;
import org.auditio.common.ui.ScoreText;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryScores;
import org.auditio.jury.SubmittedMarks;
import org.auditio.ranking.RankedApplication;
import org.auditio.ranking.Rankings;
import org.auditio.selection.internal.Csv;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deliberation in spreadsheets, in the reader's language: the ranking with every juror's marks
 * per criterion and the decisions; and one scorecard line per juror and candidate.
 */
@Service
public class SelectionExports {

    private final Deliberation deliberation;
    private final Rankings rankings;
    private final JuryScores scores;
    private final JuryPanels panels;
    private final Translations translations;

    SelectionExports(
            Deliberation deliberation,
            Rankings rankings,
            JuryScores scores,
            JuryPanels panels,
            Translations translations) {
        this.deliberation = deliberation;
        this.rankings = rankings;
        this.scores = scores;
        this.panels = panels;
        this.translations = translations;
    }

    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] ranking(UUID auditionId, Locale locale) {
        SelectionBoard board = deliberation.board(auditionId);
        AuditionDetails audition = deliberation.audition(auditionId);
        Map<UUID, String> codes = codes(auditionId);
        List<Juror> jurors = jurors(auditionId);
        Map<UUID, Map<UUID, SubmittedMarks>> marks = new HashMap<>();
        scores.submitted(auditionId)
                .forEach(m -> marks.computeIfAbsent(m.applicationId(), id -> new HashMap<>())
                        .put(m.jurorId(), m));
        List<String> header = new ArrayList<>(headers(
                locale,
                "section",
                "rank",
                "code",
                "name",
                "country",
                "voice-part",
                "score",
                "decision",
                "reserve-position",
                "overridden",
                "reason",
                "decided-by",
                "decided-at"));
        for (Juror juror : jurors) {
            for (CriterionSpec criterion : audition.criteria()) {
                header.add(juror.name() + " · " + criterion.label(locale));
            }
        }
        List<List<String>> rows = new ArrayList<>(List.of(header));
        for (SelectionRow row : board.rows()) {
            List<String> line = new ArrayList<>(List.of(
                    row.section().name(),
                    row.ranked() ? String.valueOf(row.sectionRank()) : "",
                    codes.getOrDefault(row.applicationId(), ""),
                    row.name(),
                    text(row.country()),
                    row.voicePart().name(),
                    row.score() == null ? "" : ScoreText.of(row.score(), 3, Locale.ROOT),
                    row.outcome() == null
                            ? ""
                            : t(locale, "selection.outcome." + row.outcome().name()),
                    row.reservePosition() == null ? "" : String.valueOf(row.reservePosition()),
                    row.overridden() ? t(locale, "selection.csv.yes") : "",
                    row.reason(locale, (key, arguments) -> t(locale, key, arguments)),
                    row.overridden() ? text(row.decidedBy()) : "",
                    row.overridden() && row.decidedAt() != null
                            ? row.decidedAt().toString()
                            : ""));
            Map<UUID, SubmittedMarks> byJuror = marks.getOrDefault(row.applicationId(), Map.of());
            for (Juror juror : jurors) {
                SubmittedMarks m = byJuror.get(juror.id());
                for (CriterionSpec criterion : audition.criteria()) {
                    line.add(m == null ? "" : mark(m.marks().get(criterion.id())));
                }
            }
            rows.add(line);
        }
        return Csv.write(rows);
    }

    /** One line per juror and candidate scored, jurors by name, candidates by code. */
    @PreAuthorize("hasAnyRole('ORGANISER', 'ADMIN')")
    @Transactional(readOnly = true)
    public byte[] scorecards(UUID auditionId, Locale locale) {
        AuditionDetails audition = deliberation.audition(auditionId);
        Map<UUID, String> names = deliberation.board(auditionId).rows().stream()
                .collect(Collectors.toMap(SelectionRow::applicationId, SelectionRow::name));
        Map<UUID, String> jurors = jurors(auditionId).stream().collect(Collectors.toMap(Juror::id, Juror::name));
        List<String> header = new ArrayList<>(headers(locale, "juror", "code", "name", "voice-part"));
        audition.criteria().forEach(c -> header.add(c.label(locale)));
        List<List<String>> rows = new ArrayList<>(List.of(header));
        scores.submitted(auditionId).stream()
                .sorted(Comparator.comparing((SubmittedMarks m) -> jurors.getOrDefault(m.jurorId(), ""))
                        .thenComparing(SubmittedMarks::code))
                .forEach(m -> {
                    List<String> line = new ArrayList<>(List.of(
                            jurors.getOrDefault(m.jurorId(), m.jurorId().toString()),
                            m.code(),
                            names.getOrDefault(m.applicationId(), ""),
                            m.voicePart().name()));
                    audition.criteria().forEach(c -> line.add(mark(m.marks().get(c.id()))));
                    rows.add(line);
                });
        return Csv.write(rows);
    }

    private Map<UUID, String> codes(UUID auditionId) {
        return rankings.chosen(auditionId).applications().stream()
                .collect(Collectors.toMap(RankedApplication::applicationId, RankedApplication::code));
    }

    /** Every juror who scored or sits on the panel, by name (ids of accounts since gone are shortened). */
    private List<Juror> jurors(UUID auditionId) {
        java.util.Set<UUID> ids = new java.util.LinkedHashSet<>(
                panels.panel(auditionId).map(p -> p.jurorIds()).orElse(List.of()));
        scores.submitted(auditionId).forEach(m -> ids.add(m.jurorId()));
        Map<UUID, String> names = panels.jurorAccounts().stream()
                .collect(Collectors.toMap(AccountSummary::id, AccountSummary::displayName));
        return ids.stream()
                .map(id -> new Juror(id, names.getOrDefault(id, id.toString().substring(0, 8))))
                .sorted(Comparator.comparing(Juror::name).thenComparing(Juror::id))
                .toList();
    }

    private record Juror(UUID id, String name) {}

    private List<String> headers(Locale locale, String... keys) {
        return java.util.Arrays.stream(keys)
                .map(k -> t(locale, "selection.csv." + k))
                .toList();
    }

    private String t(Locale locale, String key, Object... arguments) {
        return translations.getTranslation(key, locale, arguments);
    }

    private static String mark(@Nullable BigDecimal mark) {
        return mark == null ? "" : mark.stripTrailingZeros().toPlainString();
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
