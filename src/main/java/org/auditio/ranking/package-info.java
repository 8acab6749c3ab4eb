/**
 * Ranking: turns the jury's submitted marks into rankings per section (S, A, T, B) and overall, and
 * gives the people who deliberate the figures to judge them.
 *
 * <ul>
 *   <li>{@link org.auditio.ranking.Rankings}: the ranking by the method the organisers chose
 *       ({@code chosen}), by any other ({@code rank}, to compare), the choice itself ({@code choose},
 *       table {@code ranking_choice}: method, parameters, tie-draw seed) and the full {@link
 *       org.auditio.ranking.DeliberationReport} (flags, spread, reliability, severity, leave-one-out).
 *   <li>{@link org.auditio.ranking.Deliberators}: the one check of who deliberates on an audition
 *       (its organisers, admins, its jury chair), reused by selection.
 *   <li>{@code method}: the pure aggregation core on a jurors × applications table of weighted
 *       scores with absent cells (mean, median, trimmed mean, z-score, Borda; documented tie rules;
 *       spread, Krippendorff's alpha, Kendall's W, juror severity and agreement, leave-one-out).
 *   <li>{@code ui}: the ranking view for organisers and the chair, codes only, with SVG charts.
 * </ul>
 *
 * Scores come from {@link org.auditio.jury.JuryScores}: each submitted assignment's weighted score,
 * which the jury keeps up to date with its marks; ranking stores nothing but the choice of method, so
 * a changed mark shows at once.
 */
@ApplicationModule(allowedDependencies = {"auditions", "jury", "candidates", "common"})
@NullMarked
package org.auditio.ranking;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
