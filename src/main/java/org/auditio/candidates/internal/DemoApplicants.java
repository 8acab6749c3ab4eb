package org.auditio.candidates.internal;

import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
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
import org.auditio.candidates.ProfileForm;
import org.auditio.candidates.domain.Application;
import org.auditio.candidates.domain.ApplicationRepository;
import org.auditio.candidates.domain.CandidateProfile;
import org.auditio.candidates.domain.RecordingSlot;
import org.auditio.common.DemoSeeding;
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
 * submitted application whose slots hold placeholder recording ids (the media module's demo will
 * give them files). Reproducible (seeded), seeded once, in one transaction of a few thousand rows.
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
    private final EntityManager entities;

    DemoApplicants(
            ApplicationRepository applications,
            AuditionCatalogue catalogue,
            DemoAccountDirectory accounts,
            EntityManager entities) {
        this.applications = applications;
        this.catalogue = catalogue;
        this.accounts = accounts;
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
        List<DemoPeople.Person> people = DemoPeople.generate(SEED, APPLICANTS, BORN_FROM, BORN_UNTIL);
        Map<String, UUID> ids = accounts.ensureCandidates(people.stream()
                .map(p -> new DemoAccountDirectory.DemoPerson(p.email(), p.name(), p.language()))
                .toList());
        Random random = new Random(SEED);
        for (DemoPeople.Person person : people) {
            apply(wyc, ids.get(person.email().toLowerCase(Locale.ROOT)), person, random);
        }
        entities.flush();
        log.info(
                "Demo: {} applicants to the World Youth Choir 2019 seeded in {} ms",
                people.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis());
    }

    /** Started at some point of the window, submitted within the week, always before the deadline. */
    private void apply(AuditionDetails wyc, UUID candidate, DemoPeople.Person person, Random random) {
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
        Application application = new Application(wyc.id(), candidate, person.voicePart(), wyc.pieces(), started);
        for (RecordingSlot slot : application.slots()) {
            UUID placeholder = new UUID(random.nextLong(), random.nextLong());
            application.attachRecording(slot.id(), placeholder, window.closesAt(), started);
        }
        application.submit(window.closesAt(), submitted);
        entities.persist(application);
    }
}
