package org.auditio.candidates.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionCatalogue;
import org.auditio.auditions.AuditionDetails;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.ProfileForm;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.RecordingSlot;
import org.auditio.common.DemoSeeding;
import org.auditio.media.DemoRecordings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 250 applicants of the demo's World Youth Choir 2019 call, each with a profile and a
 * submitted application whose slots hold playable recordings the media module generates (a sung
 * line per slot kind at the voice's pitch; a few files shared by all). Reproducible (seeded),
 * seeded once, in one transaction of a few thousand rows written in batches.
 */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
@Order(20)
class DemoApplicants implements ApplicationRunner {

    static final int APPLICANTS = 250;
    static final long SEED = 2019;
    /** 17 to 26 on 1 July 2019. */
    static final LocalDate BORN_FROM = LocalDate.of(1992, 7, 2);

    static final LocalDate BORN_UNTIL = LocalDate.of(2002, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoApplicants.class);

    private final ApplicationRepository applications;
    private final AuditionCatalogue catalogue;
    private final DemoAccountDirectory accounts;
    private final DemoRecordings recordings;
    private final EntityManager entities;

    DemoApplicants(
            ApplicationRepository applications,
            AuditionCatalogue catalogue,
            DemoAccountDirectory accounts,
            DemoRecordings recordings,
            EntityManager entities) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.accounts = accounts;
        this.recordings = recordings;
        this.entities = entities;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoSeeding.runAnonymously(this::seed);
    }

    private void seed() {
        if (applications.countByAuditionId(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019) > 0) {
            return;
        }
        AuditionDetails wyc =
                catalogue.call(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019).orElse(null);
        if (wyc == null || wyc.window() == null) {
            return;
        }
        long started = System.nanoTime();
        DemoSeeding.batchWrites(entities);
        List<DemoPeople.Person> people = DemoPeople.generate(SEED, APPLICANTS, BORN_FROM, BORN_UNTIL);
        Map<String, UUID> ids = accounts.ensureCandidates(people.stream()
                .map(p -> new DemoAccountDirectory.DemoPerson(p.email(), p.name(), p.language()))
                .toList());
        Random random = new Random(SEED);
        List<Applying> applying = new ArrayList<>();
        for (DemoPeople.Person person : people) {
            applying.add(apply(wyc, ids.get(person.email().toLowerCase(Locale.ROOT)), person, random));
        }
        record(wyc, applying);
        entities.flush();
        log.info(
                "Demo: {} applicants to the World Youth Choir 2019 seeded in {} ms",
                people.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** An application being made: its recordings come in one batch for all applicants. */
    private record Applying(Application application, String name, Instant started, Instant submitted) {}

    /** Started at some point of the window, submitted within the week, always before the deadline. */
    private Applying apply(AuditionDetails wyc, UUID candidate, DemoPeople.Person person, Random random) {
        ApplicationWindow window = wyc.window();
        Instant lastStart = window.closesAt().minus(Duration.ofDays(7));
        long span = Duration.between(window.opensAt(), lastStart).toSeconds();
        Instant started = window.opensAt().plusSeconds(random.nextLong(span));
        Instant submitted =
                started.plusSeconds(random.nextLong(Duration.ofDays(6).toSeconds()));
        entities.persist(new CandidateProfile(
                candidate,
                new ProfileForm(
                        person.name(),
                        person.born(),
                        person.country(),
                        person.voicePart(),
                        person.range(),
                        person.affiliation(),
                        "",
                        person.language(),
                        true),
                started));
        return new Applying(
                new Application(wyc.id(), candidate, person.voicePart(), wyc.pieces(), started),
                person.name(),
                started,
                submitted);
    }

    /**
     * Every slot gets a recording of its own, owned by its candidate (a melody of its own per take),
     * then the applications are submitted. One applicant's set piece is another's sent again,
     * re-encoded: the organisers' review shows it as the same performance.
     */
    private void record(AuditionDetails wyc, List<Applying> applying) {
        Random melodies = new Random(SEED + 1);
        Map<Application, Applying> copier = deliberateCopy(applying);
        List<DemoRecordings.Take> takes = new ArrayList<>();
        DemoRecordings.Take copied = null;
        for (Applying one : applying) {
            Application application = one.application();
            for (RecordingSlot slot : application.slots()) {
                DemoRecordings.Take take = new DemoRecordings.Take(
                        application.candidateId(),
                        line(slot.position()),
                        tonic(application.voicePart()),
                        melodies.nextLong(),
                        false);
                if (take.line() == DemoRecordings.Line.SET_PIECE && copier.containsKey(application)) {
                    copied = take;
                }
                takes.add(take);
            }
        }
        if (copied != null) {
            Application copy = copier.values().iterator().next().application();
            for (int i = 0; i < takes.size(); i++) {
                DemoRecordings.Take take = takes.get(i);
                if (take.ownerId().equals(copy.candidateId()) && take.line() == DemoRecordings.Line.SET_PIECE) {
                    takes.set(
                            i,
                            new DemoRecordings.Take(
                                    take.ownerId(), take.line(), copied.tonic(), copied.melody(), true));
                }
            }
        }
        List<UUID> stored = recordings.store(takes);
        int next = 0;
        Instant deadline = wyc.window().closesAt();
        for (Applying one : applying) {
            Application application = one.application();
            for (RecordingSlot slot : application.slots()) {
                application.attachRecording(slot.id(), stored.get(next++), deadline, one.started());
            }
            application.submit(deadline, one.submitted());
            entities.persist(application);
        }
    }

    /** The first applicant, and the next one of the same section, who sends the first's set piece again. */
    private static Map<Application, Applying> deliberateCopy(List<Applying> applying) {
        Application original = applying.getFirst().application();
        return applying.stream()
                .skip(1)
                .filter(one -> one.application().voicePart().section()
                        == original.voicePart().section())
                .findFirst()
                .map(one -> {
                    log.info(
                            "Demo: {}'s set piece is {}'s sent again, re-encoded (the same-performance warning)",
                            one.name(),
                            applying.getFirst().name());
                    return Map.of(original, one);
                })
                .orElse(Map.of());
    }

    /** The WYC order: range test, sight-reading, set piece, then free pieces. */
    static DemoRecordings.Line line(int slotPosition) {
        return switch (slotPosition) {
            case 1 -> DemoRecordings.Line.RANGE_TEST;
            case 2 -> DemoRecordings.Line.SIGHT_READING;
            case 3 -> DemoRecordings.Line.SET_PIECE;
            default -> DemoRecordings.Line.FREE_PIECE;
        };
    }

    /** Where each section's scale starts (MIDI): D4, G3, D3, G2. */
    static int tonic(VoicePart part) {
        return switch (part.section()) {
            case S -> 62;
            case A -> 55;
            case T -> 50;
            default -> 43;
        };
    }
}
