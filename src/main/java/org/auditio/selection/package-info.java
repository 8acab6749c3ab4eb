/**
 * Decisions, the quota assistant, publication, public results and exports.
 *
 * <p>{@link org.auditio.selection.Deliberation} runs the pure {@code domain.SelectionAssistant} on the
 * chosen ranking ({@code ranking.Rankings}) and the audition's places, stores one decision per
 * applicant (proposed, or overridden by the chair with a mandatory reason, who and when; overrides
 * survive a re-run as pinned inputs, and every override, replaced ones included, stays in a log) and
 * publishes: a frozen snapshot of the decisions, the ranking method and the SHA-256 of
 * every submitted mark ({@code jury.JuryScores}); database triggers (V50) then refuse any change to
 * the audition's decisions and override log, and the publication itself can never be updated or
 * deleted. The marks, assignments, mark changes and conflicts are frozen by the jury module, which
 * owns those tables, when publication asks it to ({@code jury.JuryFreeze}; its triggers, V60–V61). The candidates module records and
 * mails each outcome ({@code candidates.ApplicationOutcomes}). {@link org.auditio.selection.PublishedResults}
 * serves the public results page; {@link org.auditio.selection.SelectionExports} the CSV exports.
 *
 * <p>Who: {@code ranking.Deliberators} (the audition's organisers, admins, and the jury chair) may
 * read the board, run the assistant and override; publishing and the exports (which name the
 * jurors) are for organisers and admins. An applicant's told outcome is frozen too (V13).
 */
@ApplicationModule(allowedDependencies = {"auditions", "ranking", "jury", "candidates", "accounts", "common"})
@NullMarked
package org.auditio.selection;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
