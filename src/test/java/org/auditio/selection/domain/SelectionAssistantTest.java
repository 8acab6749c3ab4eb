package org.auditio.selection.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.auditio.auditions.VoicePart;
import org.auditio.auditions.VoicePartQuota;
import org.auditio.candidates.Outcome;
import org.auditio.selection.domain.SelectionAssistant.Entrant;
import org.auditio.selection.domain.SelectionAssistant.Pin;
import org.auditio.selection.domain.SelectionAssistant.Plan;
import org.auditio.selection.domain.SelectionAssistant.Proposal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Properties that hold for every seeded random audition, plus the cases worth reading. */
class SelectionAssistantTest {

    private static final int CASES = 2000;
    private static final String[] COUNTRIES = {"DE", "FR", "NO", "BR", "JP"};

    record Case(
            List<Entrant> entrants,
            List<VoicePartQuota> quotas,
            @Nullable Integer cap) {}

    @Test
    void quotas_reserves_and_the_country_cap_are_never_exceeded() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = randomCase(new Random(seed));
            Plan plan = SelectionAssistant.propose(c.entrants(), c.quotas(), c.cap(), Map.of());
            for (VoicePartQuota quota : c.quotas()) {
                assertThat(count(plan, quota.part(), Outcome.SELECTED))
                        .as("seed %d", seed)
                        .isLessThanOrEqualTo(quota.places());
                assertThat(count(plan, quota.part(), Outcome.RESERVE))
                        .as("seed %d", seed)
                        .isLessThanOrEqualTo(quota.reserve());
            }
            if (c.cap() != null) {
                Map<UUID, Entrant> byId = byId(c);
                Map<String, Long> perCountry = plan.proposals().stream()
                        .filter(p -> p.outcome() == Outcome.SELECTED)
                        .map(p -> byId.get(p.applicationId()).country())
                        .filter(java.util.Objects::nonNull)
                        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
                assertThat(perCountry.values()).as("seed %d", seed).allMatch(n -> n <= c.cap());
            }
        }
    }

    @Test
    void without_a_cap_each_part_selects_the_top_of_its_ranking_then_its_reserve_in_order() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = randomCase(new Random(seed));
            Plan plan = SelectionAssistant.propose(c.entrants(), c.quotas(), null, Map.of());
            Map<UUID, Proposal> proposals = byApplication(plan);
            for (VoicePartQuota quota : c.quotas()) {
                List<Entrant> ranking = c.entrants().stream()
                        .filter(Entrant::ranked)
                        .filter(e -> SelectionAssistant.quotaFor(e.voicePart(), parts(c)) == quota.part())
                        .toList();
                for (int i = 0; i < ranking.size(); i++) {
                    Proposal p = proposals.get(ranking.get(i).applicationId());
                    if (i < quota.places()) {
                        assertThat(p.outcome()).as("seed %d", seed).isEqualTo(Outcome.SELECTED);
                    } else if (i < quota.places() + quota.reserve()) {
                        assertThat(p.outcome()).as("seed %d", seed).isEqualTo(Outcome.RESERVE);
                        assertThat(p.reservePosition()).isEqualTo(i - quota.places() + 1);
                    } else {
                        assertThat(p.outcome()).as("seed %d", seed).isEqualTo(Outcome.NOT_SELECTED);
                    }
                }
                int unfilled = Math.max(0, quota.places() - ranking.size());
                assertThat(plan.shortfalls().stream()
                                .filter(s -> s.part() == quota.part())
                                .mapToInt(SelectionAssistant.Shortfall::places)
                                .sum())
                        .isEqualTo(unfilled);
            }
        }
    }

    @Test
    void every_candidate_not_selected_is_explained_and_the_unranked_are_never_proposed() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = randomCase(new Random(seed));
            Plan plan = SelectionAssistant.propose(c.entrants(), c.quotas(), c.cap(), Map.of());
            Map<UUID, Entrant> byId = byId(c);
            assertThat(plan.proposals()).hasSize(c.entrants().size());
            for (Proposal p : plan.proposals()) {
                if (p.outcome() != Outcome.SELECTED) {
                    assertThat(p.reason()).as("seed %d %s", seed, p).isNotNull();
                }
                if (!byId.get(p.applicationId()).ranked()) {
                    assertThat(p.outcome()).isEqualTo(Outcome.NOT_SELECTED);
                    assertThat(p.reason().key()).isEqualTo(SelectionAssistant.TOO_FEW_MARKS);
                }
            }
        }
    }

    @Test
    void a_place_left_empty_means_every_remaining_candidate_of_the_part_was_capped() {
        for (int seed = 0; seed < CASES; seed++) {
            Case c = randomCase(new Random(seed));
            Plan plan = SelectionAssistant.propose(c.entrants(), c.quotas(), c.cap(), Map.of());
            for (SelectionAssistant.Shortfall shortfall : plan.shortfalls()) {
                if (shortfall.places() > 0) {
                    assertThat(plan.proposals().stream()
                                    .filter(p -> p.quota() == shortfall.part() && p.outcome() != Outcome.SELECTED)
                                    .filter(p -> !p.reason().key().equals(SelectionAssistant.TOO_FEW_MARKS)))
                            .as("seed %d", seed)
                            .allMatch(p -> p.reason().key().startsWith(SelectionAssistant.COUNTRY_CAP));
                }
            }
        }
    }

    @Test
    void the_same_question_gets_the_same_answer() {
        for (int seed = 0; seed < 200; seed++) {
            Case c = randomCase(new Random(seed));
            assertThat(SelectionAssistant.propose(c.entrants(), c.quotas(), c.cap(), Map.of()))
                    .isEqualTo(SelectionAssistant.propose(
                            new ArrayList<>(c.entrants()), List.copyOf(c.quotas()), c.cap(), new HashMap<>()));
        }
    }

    @Test
    void a_capped_singer_goes_to_the_reserve_with_the_reason_and_the_next_takes_the_place() {
        Entrant de1 = entrant(VoicePart.S, "DE");
        Entrant de2 = entrant(VoicePart.S, "DE");
        Entrant fr = entrant(VoicePart.S, "FR");
        Plan plan = SelectionAssistant.propose(
                List.of(de1, de2, fr), List.of(new VoicePartQuota(VoicePart.S, 2, 1)), 1, Map.of());
        Map<UUID, Proposal> p = byApplication(plan);
        assertThat(p.get(de1.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(p.get(de2.applicationId()).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(p.get(de2.applicationId()).reason())
                .isEqualTo(new SelectionAssistant.Reason(SelectionAssistant.COUNTRY_CAP, List.of("DE", "1")));
        assertThat(p.get(fr.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
    }

    @Test
    void a_capped_singer_the_full_reserve_cannot_take_is_told_both() {
        Entrant de1 = entrant(VoicePart.S, "DE");
        Entrant de2 = entrant(VoicePart.S, "DE");
        Entrant de3 = entrant(VoicePart.S, "DE");
        Plan plan = SelectionAssistant.propose(
                List.of(de1, de2, de3), List.of(new VoicePartQuota(VoicePart.S, 2, 1)), 1, Map.of());
        Map<UUID, Proposal> p = byApplication(plan);
        assertThat(p.get(de2.applicationId()).outcome()).isEqualTo(Outcome.RESERVE);
        assertThat(p.get(de3.applicationId()).outcome()).isEqualTo(Outcome.NOT_SELECTED);
        assertThat(p.get(de3.applicationId()).reason())
                .isEqualTo(new SelectionAssistant.Reason(
                        SelectionAssistant.COUNTRY_CAP_LISTS_FULL, List.of("DE", "1", "S")));
    }

    @Test
    void divided_parts_fill_their_own_quota_and_an_undivided_call_takes_divisions_in_its_section() {
        assertThat(SelectionAssistant.quotaFor(VoicePart.S1, List.of(VoicePart.S1, VoicePart.S2)))
                .isEqualTo(VoicePart.S1);
        assertThat(SelectionAssistant.quotaFor(VoicePart.S1, List.of(VoicePart.S)))
                .isEqualTo(VoicePart.S);
        assertThat(SelectionAssistant.quotaFor(VoicePart.S, List.of(VoicePart.S1)))
                .isNull();
    }

    @Test
    void overrides_are_kept_count_against_the_places_and_keep_their_reserve_position() {
        Entrant first = entrant(VoicePart.T, "NO");
        Entrant second = entrant(VoicePart.T, "NO");
        Entrant third = entrant(VoicePart.T, "NO");
        Entrant fourth = entrant(VoicePart.T, "NO");
        Map<UUID, Pin> pins = Map.of(
                fourth.applicationId(), new Pin(Outcome.SELECTED, null),
                first.applicationId(), new Pin(Outcome.RESERVE, 2));
        Plan plan = SelectionAssistant.propose(
                List.of(first, second, third, fourth), List.of(new VoicePartQuota(VoicePart.T, 2, 2)), null, pins);
        Map<UUID, Proposal> p = byApplication(plan);
        assertThat(p.get(fourth.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(p.get(second.applicationId()).outcome()).isEqualTo(Outcome.SELECTED);
        assertThat(p.get(third.applicationId()).reservePosition()).isEqualTo(1);
        assertThat(p.get(first.applicationId()).reservePosition()).isEqualTo(2);
        assertThat(p.get(first.applicationId()).pinned()).isTrue();
    }

    private static Case randomCase(Random random) {
        List<VoicePartQuota> quotas = new ArrayList<>();
        boolean divided = random.nextInt(4) == 0;
        for (VoicePart section : List.of(VoicePart.S, VoicePart.A, VoicePart.T, VoicePart.B)) {
            if (divided && section == VoicePart.S) {
                quotas.add(new VoicePartQuota(VoicePart.S1, random.nextInt(5), random.nextInt(3)));
                quotas.add(new VoicePartQuota(VoicePart.S2, random.nextInt(5), random.nextInt(3)));
            } else if (random.nextInt(8) > 0) {
                quotas.add(new VoicePartQuota(section, random.nextInt(8), random.nextInt(4)));
            }
        }
        List<Entrant> entrants = new ArrayList<>();
        int n = random.nextInt(60);
        VoicePart[] parts = VoicePart.values();
        for (int i = 0; i < n; i++) {
            String country = random.nextInt(10) == 0 ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
            entrants.add(
                    new Entrant(new UUID(0, i), parts[random.nextInt(parts.length)], country, random.nextInt(8) > 0));
        }
        Integer cap = random.nextBoolean() ? null : 1 + random.nextInt(4);
        return new Case(entrants, quotas, cap);
    }

    private static Entrant entrant(VoicePart part, String country) {
        return new Entrant(UUID.randomUUID(), part, country, true);
    }

    private static long count(Plan plan, VoicePart part, Outcome outcome) {
        return plan.proposals().stream()
                .filter(p -> p.quota() == part && p.outcome() == outcome)
                .count();
    }

    private static List<VoicePart> parts(Case c) {
        return c.quotas().stream().map(VoicePartQuota::part).toList();
    }

    private static Map<UUID, Entrant> byId(Case c) {
        return c.entrants().stream().collect(Collectors.toMap(Entrant::applicationId, Function.identity()));
    }

    private static Map<UUID, Proposal> byApplication(Plan plan) {
        return plan.proposals().stream().collect(Collectors.toMap(Proposal::applicationId, Function.identity()));
    }
}
