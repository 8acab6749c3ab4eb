package org.auditio.auditions.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.auditio.accounts.DemoAccountDirectory;
import org.auditio.auditions.ApplicationWindow;
import org.auditio.auditions.AuditionDescription;
import org.auditio.auditions.AuditionTemplate;
import org.auditio.auditions.DemoAuditionIds;
import org.auditio.auditions.EligibilityRules;
import org.auditio.auditions.OrganisationKind;
import org.auditio.auditions.domain.Audition;
import org.auditio.auditions.domain.AuditionRepository;
import org.auditio.auditions.domain.Organisation;
import org.auditio.auditions.domain.OrganisationRepository;
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
 * The demo's organisations and auditions, created when missing: Musique en Territoires (which the
 * demo organiser belongs to) and the World Youth Choir's patrons; the Singing Roadshow #3 in Nancy,
 * open around today; the World Youth Choir 2019 call, closed (its applicants come from the
 * candidates module). Only where {@code auditio.demo.enabled}; after the demo accounts.
 */
@Component
@ConditionalOnProperty(name = "auditio.demo.enabled", havingValue = "true")
@Order(10)
class DemoAuditions implements ApplicationRunner {

    static final String NETWORK = "Musique en Territoires";
    static final List<String> PATRONS = List.of(
            "International Federation for Choral Music (IFCM)",
            "European Choral Association (ECA-EC)",
            "Jeunesses Musicales International (JMI)");
    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final Logger log = LoggerFactory.getLogger(DemoAuditions.class);

    private final OrganisationRepository organisations;
    private final AuditionRepository auditions;
    private final DemoAccountDirectory accounts;
    private final Clock clock;

    DemoAuditions(
            OrganisationRepository organisations,
            AuditionRepository auditions,
            DemoAccountDirectory accounts,
            Clock clock) {
        this.organisations = organisations;
        this.auditions = auditions;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        DemoSeeding.runAnonymously(this::seed);
    }

    private void seed() {
        Organisation network = organisation(NETWORK, OrganisationKind.NETWORK_MEMBER);
        PATRONS.forEach(patron -> organisation(patron, OrganisationKind.PATRON));
        network.addOrganiser(accounts.idOf("organiser@auditio.demo"));
        if (!auditions.existsById(DemoAuditionIds.SINGING_ROADSHOW_3)) {
            auditions.save(roadshow(network));
        }
        if (!auditions.existsById(DemoAuditionIds.WORLD_YOUTH_CHOIR_2019)) {
            auditions.save(worldYouthChoir2019(network));
        }
        log.info("Demo auditions ready: the Singing Roadshow #3 (open) and the World Youth Choir 2019 (closed)");
    }

    private Organisation organisation(String name, OrganisationKind kind) {
        return organisations
                .findByName(name)
                .orElseGet(() -> organisations.save(new Organisation(name, kind, clock.instant())));
    }

    /** Open from two weeks ago until a month from now, 23:59 in Paris; the workshop follows on 28–30 January. */
    private Audition roadshow(Organisation owner) {
        Instant now = clock.instant();
        LocalDate today = now.atZone(PARIS).toLocalDate();
        LocalDate deadline = today.plusDays(30);
        LocalDate workshop = LocalDate.of(deadline.getYear(), Month.JANUARY, 28);
        if (!workshop.isAfter(deadline)) {
            workshop = workshop.plusYears(1);
        }
        Audition roadshow = new Audition(
                DemoAuditionIds.SINGING_ROADSHOW_3,
                owner.id(),
                "Singing Roadshow #3 — Nancy",
                "Singing Roadshow n° 3 — Nancy",
                PARIS,
                now);
        Templates.apply(AuditionTemplate.WORKSHOP, roadshow, today);
        roadshow.describe(new AuditionDescription(
                "Singing Roadshow #3 — Nancy",
                "Singing Roadshow n° 3 — Nancy",
                "A learning-by-doing choral workshop for young singers: three days of rehearsals with the"
                        + " network’s conductors, ending in a public concert. After Paris and Luxembourg, the"
                        + " Roadshow comes to Nancy.",
                "Un atelier choral où l’on apprend en chantant, pour jeunes chanteuses et chanteurs : trois"
                        + " jours de répétitions avec les chefs du réseau, conclus par un concert public. Après"
                        + " Paris et Luxembourg, le Roadshow s’arrête à Nancy.",
                "Nancy",
                workshop,
                workshop.plusDays(2),
                false));
        roadshow.restrict(new EligibilityRules(18, 30, workshop, Set.of()));
        roadshow.schedule(ApplicationWindow.of(
                today.minusDays(14).atStartOfDay(), LocalDateTime.of(deadline, LocalTime.of(23, 59)), PARIS));
        roadshow.open(now);
        return roadshow;
    }

    /** The 2019 call as it ran: open from October 2018 to the end of January 2019, closed since. */
    private Audition worldYouthChoir2019(Organisation owner) {
        Instant opened = LocalDateTime.of(2018, 10, 1, 9, 0).atZone(PARIS).toInstant();
        Audition wyc = new Audition(
                DemoAuditionIds.WORLD_YOUTH_CHOIR_2019,
                owner.id(),
                "World Youth Choir — 2019 session",
                "World Youth Choir — session 2019",
                PARIS,
                opened);
        Templates.apply(AuditionTemplate.YOUTH_CHOIR, wyc, LocalDate.of(2018, 10, 1));
        wyc.describe(new AuditionDescription(
                "World Youth Choir — 2019 session",
                "World Youth Choir — session 2019",
                "The World Youth Choir gathers singers aged 17 to 26 from every continent, under the patronage"
                        + " of IFCM, the European Choral Association and Jeunesses Musicales International. The"
                        + " international jury listens to every recording and selects the choir, section by section,"
                        + " with a reserve list.",
                "Le World Youth Choir réunit des chanteuses et chanteurs de 17 à 26 ans venus de tous les"
                        + " continents, sous le patronage de l’IFCM, de l’European Choral Association et des"
                        + " Jeunesses Musicales International. Le jury international écoute chaque enregistrement"
                        + " et sélectionne le chœur, pupitre par pupitre, avec une liste d’attente.",
                "",
                null,
                null,
                true));
        wyc.schedule(ApplicationWindow.of(
                LocalDateTime.of(2018, 10, 1, 0, 0), LocalDateTime.of(2019, 1, 31, 23, 59), PARIS));
        wyc.open(opened);
        wyc.closeIfDue(clock.instant());
        return wyc;
    }
}
