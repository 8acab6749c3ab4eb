package org.auditio.jury.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.auditio.auditions.VoicePart;
import org.auditio.jury.Sharing;
import org.auditio.jury.domain.JuryCode;
import org.auditio.jury.domain.JurySeat;
import org.junit.jupiter.api.Test;

class AssignmentPlanTest {

    private static final UUID AUDITION = UUID.randomUUID();

    @Test
    void k_per_application_always_gives_k_jurors_balanced_within_one_for_many_random_panels() {
        Random random = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<JuryCode> codes = codes(1 + random.nextInt(60));
            List<JurySeat> seats = seats(1 + random.nextInt(7), random);
            int k = 1 + random.nextInt(seats.size());

            Map<UUID, List<JuryCode>> plan = AssignmentPlan.plan(codes, seats, Sharing.K_PER_APPLICATION, k, Set.of());

            Map<UUID, Integer> perCode = new HashMap<>();
            plan.values().forEach(queue -> queue.forEach(c -> perCode.merge(c.applicationId(), 1, Integer::sum)));
            assertThat(perCode)
                    .hasSize(codes.size())
                    .allSatisfy((code, jurors) -> assertThat(jurors).isEqualTo(k));
            List<Integer> loads = plan.values().stream().map(List::size).toList();
            assertThat(Collections.max(loads) - Collections.min(loads)).isLessThanOrEqualTo(1);
        }
    }

    @Test
    void a_conflicted_juror_never_gets_the_application() {
        Random random = new Random(7);
        List<JuryCode> codes = codes(40);
        List<JurySeat> seats = seats(4, random);
        Set<AssignmentPlan.Pair> conflicts = new HashSet<>();
        for (int i = 0; i < 15; i++) {
            conflicts.add(new AssignmentPlan.Pair(
                    codes.get(random.nextInt(codes.size())).applicationId(),
                    seats.get(random.nextInt(seats.size())).jurorId()));
        }

        for (Sharing sharing : Sharing.values()) {
            Map<UUID, List<JuryCode>> plan = AssignmentPlan.plan(codes, seats, sharing, 2, conflicts);
            plan.forEach((juror, queue) -> queue.forEach(
                    code -> assertThat(conflicts.contains(new AssignmentPlan.Pair(code.applicationId(), juror)))
                            .isFalse()));
        }
    }

    @Test
    void each_juror_has_their_own_order_and_the_same_seed_gives_the_same_order() {
        List<JuryCode> codes = codes(30);
        List<JurySeat> seats = List.of(new JurySeat(UUID.randomUUID(), 1), new JurySeat(UUID.randomUUID(), 2));

        Map<UUID, List<JuryCode>> plan = AssignmentPlan.plan(codes, seats, Sharing.EVERYONE, 0, Set.of());
        Map<UUID, List<JuryCode>> again = AssignmentPlan.plan(codes, seats, Sharing.EVERYONE, 0, Set.of());

        assertThat(plan.get(seats.get(0).jurorId()))
                .isNotEqualTo(plan.get(seats.get(1).jurorId()));
        assertThat(again).isEqualTo(plan);
    }

    @Test
    void codes_read_like_the_call_and_hide_the_order_of_application() {
        assertThat(AnonymousCodes.prefix("World Youth Choir 2019")).isEqualTo("WYC19");
        assertThat(AnonymousCodes.prefix("singing roadshow")).isEqualTo("JURY");
        List<org.auditio.candidates.AnonymousApplication> applications = anonymous(12);
        List<JuryCode> given = AnonymousCodes.give(AUDITION, "WYC19", applications, 0);
        assertThat(given).extracting(JuryCode::code).allMatch(c -> c.matches("WYC19-00(0[1-9]|1[0-2])"));
        assertThat(given).extracting(JuryCode::code).doesNotHaveDuplicates();
        Map<UUID, String> byApplication = new HashMap<>();
        given.forEach(c -> byApplication.put(c.applicationId(), c.code()));
        List<String> inOrderOfApplication = applications.stream()
                .map(a -> byApplication.get(a.applicationId()))
                .toList();
        assertThat(inOrderOfApplication)
                .isNotEqualTo(inOrderOfApplication.stream().sorted().toList());
    }

    private static List<org.auditio.candidates.AnonymousApplication> anonymous(int count) {
        List<org.auditio.candidates.AnonymousApplication> applications = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            applications.add(
                    new org.auditio.candidates.AnonymousApplication(UUID.randomUUID(), VoicePart.S, List.of()));
        }
        return applications;
    }

    private static List<JuryCode> codes(int count) {
        List<JuryCode> codes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            codes.add(new JuryCode(AUDITION, UUID.randomUUID(), "T-%04d".formatted(i + 1), VoicePart.A));
        }
        return codes;
    }

    private static List<JurySeat> seats(int count, Random random) {
        List<JurySeat> seats = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            seats.add(new JurySeat(UUID.randomUUID(), random.nextLong()));
        }
        return seats;
    }
}
