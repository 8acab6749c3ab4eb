package org.auditio.selection.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * Proposes who is selected, who is on each reserve list and who is not, from the ranking and the
 * audition's places, and explains every candidate it does not select. Plain Java: no database, no
 * Spring, the same answer for the same question.
 *
 * <ul>
 *   <li>An application fills the quota of its own voice part when the audition offers it (S1 fills
 *       S1), else of its section (S1 fills S when only S is offered); with neither, it has no place.
 *   <li>Candidates are taken in the overall ranking order, so that when the country cap bites, the
 *       better-marked singer keeps the place whatever the section. Within a part this is the
 *       section's ranking order.
 *   <li>The country cap counts selected singers only, over the whole selection. The reserve list
 *       ignores it: a singer skipped for the cap goes to the reserve in their ranking place, and is
 *       the natural replacement when a singer of the same country withdraws. Applications without
 *       a country are never capped.
 *   <li>The chair's overrides are pinned: they keep their outcome, count against places, reserve
 *       and cap first (they may exceed them: that is what the override's reason is for), and the
 *       assistant fills what remains. A pinned reserve position is kept as far as the list allows.
 * </ul>
 */
public final class SelectionAssistant {

    private SelectionAssistant() {}

    /** One application; {@code ranked} false when it has too few marks to rank. */
    public record Entrant(
            UUID applicationId,
            VoicePart voicePart,
            @Nullable String country,
            boolean ranked) {}

    /** The chair's decision, kept whatever the assistant would propose. */
    public record Pin(Outcome outcome, @Nullable Integer reservePosition) {}

    /** Why a candidate is not (or only in reserve) selected: a translation key and its arguments. */
    public record Reason(String key, List<String> arguments) {

        public Reason {
            arguments = List.copyOf(arguments);
        }

        static Reason of(String key, Object... arguments) {
            return new Reason(
                    key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }
    }

    /** The proposal for one application; {@code quota} is the part whose places it competes for. */
    public record Proposal(
            UUID applicationId,
            @Nullable VoicePart quota,
            Outcome outcome,
            @Nullable Integer reservePosition,
            @Nullable Reason reason,
            boolean pinned) {}

    /** Places or reserve positions of a part that nobody could fill. */
    public record Shortfall(VoicePart part, int places, int reserve) {}

    public record Plan(List<Proposal> proposals, List<Shortfall> shortfalls) {

        public Plan {
            proposals = List.copyOf(proposals);
            shortfalls = List.copyOf(shortfalls);
        }
    }

    public static final String TOO_FEW_MARKS = "selection.reason.too-few-marks";
    public static final String NO_PLACES = "selection.reason.no-places";
    public static final String COUNTRY_CAP = "selection.reason.country-cap";
    /** Capped, and the reserve list was full too: both say why the singer is not even in reserve. */
    public static final String COUNTRY_CAP_LISTS_FULL = "selection.reason.country-cap.lists-full";

    public static final String PLACES_FILLED = "selection.reason.places-filled";
    public static final String LISTS_FULL = "selection.reason.lists-full";

    /**
     * @param entrants every application, ranked ones in overall ranking order (best first)
     * @param countryCap at most this many selected singers per country, or none
     * @param pins the chair's overrides by application id
     */
    public static Plan propose(
            List<Entrant> entrants, List<VoicePartQuota> quotas, @Nullable Integer countryCap, Map<UUID, Pin> pins) {
        Map<VoicePart, VoicePartQuota> offered = new EnumMap<>(VoicePart.class);
        quotas.forEach(q -> offered.put(q.part(), q));
        Map<VoicePart, Integer> selected = new EnumMap<>(VoicePart.class);
        Map<VoicePart, Integer> reserved = new EnumMap<>(VoicePart.class);
        Map<String, Integer> perCountry = new HashMap<>();
        for (Entrant entrant : entrants) {
            Pin pin = pins.get(entrant.applicationId());
            VoicePart quota = quotaFor(entrant.voicePart(), offered.keySet());
            if (pin != null && quota != null) {
                if (pin.outcome() == Outcome.SELECTED) {
                    selected.merge(quota, 1, Integer::sum);
                    countIn(perCountry, entrant.country());
                } else if (pin.outcome() == Outcome.RESERVE) {
                    reserved.merge(quota, 1, Integer::sum);
                }
            }
        }
        Map<UUID, Proposal> proposals = new LinkedHashMap<>();
        for (Entrant entrant : entrants) {
            VoicePart quota = quotaFor(entrant.voicePart(), offered.keySet());
            Pin pin = pins.get(entrant.applicationId());
            if (pin != null) {
                proposals.put(
                        entrant.applicationId(),
                        new Proposal(entrant.applicationId(), quota, pin.outcome(), pin.reservePosition(), null, true));
                continue;
            }
            proposals.put(
                    entrant.applicationId(),
                    place(entrant, quota, offered, selected, reserved, perCountry, countryCap));
        }
        List<Proposal> numbered = numberReserves(proposals, entrants);
        List<Shortfall> shortfalls = new ArrayList<>();
        for (VoicePartQuota q : quotas) {
            int places = Math.max(0, q.places() - selected.getOrDefault(q.part(), 0));
            int reserve = Math.max(0, q.reserve() - reserved.getOrDefault(q.part(), 0));
            if (places > 0 || reserve > 0) {
                shortfalls.add(new Shortfall(q.part(), places, reserve));
            }
        }
        return new Plan(numbered, shortfalls);
    }

    /** The part whose places an application competes for: its own if offered, else its section's. */
    public static @Nullable VoicePart quotaFor(VoicePart part, Collection<VoicePart> offered) {
        if (offered.contains(part)) {
            return part;
        }
        return offered.contains(part.section()) ? part.section() : null;
    }

    private static Proposal place(
            Entrant entrant,
            @Nullable VoicePart quota,
            Map<VoicePart, VoicePartQuota> offered,
            Map<VoicePart, Integer> selected,
            Map<VoicePart, Integer> reserved,
            Map<String, Integer> perCountry,
            @Nullable Integer countryCap) {
        UUID id = entrant.applicationId();
        if (!entrant.ranked()) {
            return new Proposal(id, quota, Outcome.NOT_SELECTED, null, Reason.of(TOO_FEW_MARKS), false);
        }
        if (quota == null) {
            return new Proposal(id, null, Outcome.NOT_SELECTED, null, Reason.of(NO_PLACES, entrant.voicePart()), false);
        }
        VoicePartQuota places = offered.get(quota);
        Reason reason;
        if (selected.getOrDefault(quota, 0) < places.places()) {
            String country = entrant.country();
            if (countryCap == null || country == null || perCountry.getOrDefault(country, 0) < countryCap) {
                selected.merge(quota, 1, Integer::sum);
                countIn(perCountry, country);
                return new Proposal(id, quota, Outcome.SELECTED, null, null, false);
            }
            reason = Reason.of(COUNTRY_CAP, country, countryCap);
        } else {
            reason = Reason.of(PLACES_FILLED, quota, places.places());
        }
        if (reserved.getOrDefault(quota, 0) < places.reserve()) {
            reserved.merge(quota, 1, Integer::sum);
            return new Proposal(id, quota, Outcome.RESERVE, 0, reason, false);
        }
        Reason full = reason.key().equals(COUNTRY_CAP)
                ? Reason.of(COUNTRY_CAP_LISTS_FULL, entrant.country(), countryCap, quota)
                : Reason.of(LISTS_FULL, quota);
        return new Proposal(id, quota, Outcome.NOT_SELECTED, null, full, false);
    }

    /**
     * Numbers each part's reserve list 1, 2, … in ranking order, then moves each pinned reserve to
     * its chosen position (the end when it has none or the list is shorter).
     */
    private static List<Proposal> numberReserves(Map<UUID, Proposal> proposals, List<Entrant> entrants) {
        Map<VoicePart, List<Proposal>> lists = new EnumMap<>(VoicePart.class);
        for (Entrant entrant : entrants) {
            Proposal p = proposals.get(entrant.applicationId());
            if (p.outcome() == Outcome.RESERVE && p.quota() != null && !p.pinned()) {
                lists.computeIfAbsent(p.quota(), q -> new ArrayList<>()).add(p);
            }
        }
        List<Proposal> pinned = proposals.values().stream()
                .filter(p -> p.pinned() && p.outcome() == Outcome.RESERVE && p.quota() != null)
                .sorted(Comparator.comparingInt(
                        (Proposal p) -> p.reservePosition() == null ? Integer.MAX_VALUE : p.reservePosition()))
                .toList();
        for (Proposal p : pinned) {
            List<Proposal> list = lists.computeIfAbsent(p.quota(), q -> new ArrayList<>());
            int at = p.reservePosition() == null
                    ? list.size()
                    : Math.min(Math.max(p.reservePosition(), 1) - 1, list.size());
            list.add(at, p);
        }
        Map<UUID, Integer> positions = new HashMap<>();
        lists.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                positions.put(list.get(i).applicationId(), i + 1);
            }
        });
        return proposals.values().stream()
                .map(p -> p.outcome() != Outcome.RESERVE
                        ? p
                        : new Proposal(
                                p.applicationId(),
                                p.quota(),
                                p.outcome(),
                                positions.getOrDefault(p.applicationId(), p.reservePosition()),
                                p.reason(),
                                p.pinned()))
                .collect(Collectors.toList());
    }

    private static void countIn(Map<String, Integer> perCountry, @Nullable String country) {
        if (country != null) {
            perCountry.merge(country, 1, Integer::sum);
        }
    }
}
