package org.auditio.jury.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.auditio.AsUser;
import org.auditio.AuditioTest;
import org.auditio.TestAccounts;
import org.auditio.TestClock;
import org.auditio.accounts.AccountAdministration;
import org.auditio.accounts.AccountService;
import org.auditio.accounts.Role;
import org.auditio.auditions.AuditionFixtures;
import org.auditio.auditions.VoicePart;
import org.auditio.candidates.CandidateProfiles;
import org.auditio.candidates.MyApplications;
import org.auditio.candidates.ProfileForm;
import org.auditio.candidates.SlotView;
import org.auditio.jury.JuryPanels;
import org.auditio.jury.JuryWork;
import org.auditio.jury.QueueEntry;
import org.auditio.jury.Sharing;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Blind review holds on every juror-facing screen: each is rendered for every seeded candidate,
 * in English and French, and nothing that identifies a candidate (name, e-mail, country, birth
 * date, biography, affiliation, account or application id) may appear anywhere in the tree.
 */
@AuditioTest
class AnonymityTest extends SpringBrowserlessTest {

    private record Candidate(String email, List<String> identifying) {}

    @Autowired
    AccountAdministration administration;

    @Autowired
    AccountService accounts;

    @Autowired
    CandidateProfiles profiles;

    @Autowired
    MyApplications applications;

    @Autowired
    JuryPanels panels;

    @Autowired
    JuryWork work;

    @Autowired
    TestClock clock;

    @Autowired
    AuditionFixtures fixtures;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
        clock.reset();
    }

    @Test
    void no_juror_facing_screen_shows_anything_identifying_a_candidate() {
        AuditionFixtures.Organiser organiser = fixtures.organiser();
        UUID audition = fixtures.open(organiser, 3);
        List<Candidate> candidates = new ArrayList<>();
        String[][] seeds = {
            {"Ingrid", "Haugland", "NO", "1999-07-02"},
            {"Kwame", "Mensah", "GH", "2003-11-23"},
            {"Aurélie", "Dubreuil", "FR", "2001-01-30"},
            {"Tomasz", "Wiśniewski", "PL", "2000-05-17"}
        };
        VoicePart[] parts = {VoicePart.S, VoicePart.B, VoicePart.A, VoicePart.T};
        for (int i = 0; i < seeds.length; i++) {
            candidates.add(apply(audition, seeds[i], parts[i]));
        }
        clock.advance(java.time.Duration.ofDays(4));
        String jurorEmail = TestAccounts.uniqueEmail("juror");
        UUID juror = AsUser.call(
                        organiser.email(),
                        Role.ORGANISER,
                        () -> administration.inviteJuror(jurorEmail, "Blind Juror", Locale.ENGLISH))
                .id();
        AsUser.run(organiser.email(), Role.ORGANISER, () -> {
            panels.compose(audition, List.of(juror), juror, Sharing.EVERYONE, 0);
            panels.startScoring(audition);
        });
        AsUser.become(jurorEmail, Role.JUROR);
        List<String> identifying = new ArrayList<>();
        candidates.forEach(c -> identifying.addAll(c.identifying()));

        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            UI.getCurrent().setLocale(locale);
            navigate(JuryHomeView.class);
            assertBlind(identifying, "home " + locale, locale == Locale.FRENCH ? "Chœur des jeunes" : "Youth choir");
            for (QueueEntry entry : work.queue(audition)) {
                navigate(
                        ScoringView.class,
                        Map.of(ScoringView.AUDITION, audition.toString(), ScoringView.CODE, entry.code()));
                assertBlind(identifying, entry.code() + " " + locale, entry.code());
            }
            navigate(MyMarksView.class, Map.of("auditionId", audition.toString()));
            assertBlind(identifying, "my marks " + locale, "-000");
        }
        assertThat(work.queue(audition)).hasSize(4);
    }

    private Candidate apply(UUID audition, String[] seed, VoicePart part) {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String first = seed[0] + tag;
        String last = seed[1] + tag;
        LocalDate born = LocalDate.parse(seed[3]);
        String affiliation = "Chœur " + tag + " de Bergen";
        String biography = "Sings with the orchestra " + tag + " since childhood";
        String email = TestAccounts.candidate(accounts, Locale.FRENCH);
        AsUser.run(
                email,
                Role.CANDIDATE,
                () -> profiles.save(new ProfileForm(
                        first + " " + last,
                        born,
                        seed[2],
                        part,
                        "G3–E5",
                        affiliation,
                        biography,
                        Locale.FRENCH,
                        true)));
        UUID applicationId = AsUser.call(email, Role.CANDIDATE, () -> applications.start(audition, part));
        AsUser.run(email, Role.CANDIDATE, () -> {
            for (SlotView slot : applications.get(applicationId).slots()) {
                applications.attachRecording(applicationId, slot.slotId(), UUID.randomUUID());
            }
            applications.submit(applicationId);
        });
        UUID accountId = AsUser.call(
                email, Role.CANDIDATE, () -> accounts.current().orElseThrow().id());
        List<String> identifying = new ArrayList<>(List.of(
                first,
                last,
                email,
                email.substring(0, email.indexOf('@')),
                affiliation,
                tag,
                biography,
                born.toString(),
                accountId.toString(),
                applicationId.toString(),
                new Locale.Builder().setRegion(seed[2]).build().getDisplayCountry(Locale.ENGLISH),
                new Locale.Builder().setRegion(seed[2]).build().getDisplayCountry(Locale.FRENCH)));
        for (Locale locale : List.of(Locale.ENGLISH, Locale.FRENCH)) {
            for (FormatStyle style : List.of(FormatStyle.SHORT, FormatStyle.MEDIUM, FormatStyle.LONG)) {
                identifying.add(
                        born.format(DateTimeFormatter.ofLocalizedDate(style).withLocale(locale)));
            }
        }
        identifying.add("\\b" + seed[2] + "\\b");
        return new Candidate(email, identifying);
    }

    private void assertBlind(List<String> identifying, String where, String expected) {
        List<String> rendered = new ArrayList<>();
        UI.getCurrent().getChildren().forEach(c -> rendered.addAll(RenderedText.of(c.getElement(), this::cells)));
        rendered.add(UI.getCurrent().getInternals().getTitle());
        String all = String.join("\n", rendered);
        for (String secret : identifying) {
            boolean found = secret.startsWith("\\b")
                    ? Pattern.compile(secret).matcher(all).find()
                    : all.toLowerCase(Locale.ROOT).contains(secret.toLowerCase(Locale.ROOT));
            assertThat(found).as("'%s' shown on %s", secret, where).isFalse();
        }
        assertThat(all).as("%s rendered", where).contains(expected);
    }

    private List<String> cells(Grid<?> grid) {
        List<String> cells = new ArrayList<>();
        var tester = test(grid);
        for (int row = 0; row < tester.size(); row++) {
            for (int column = 0; column < grid.getColumns().size(); column++) {
                cells.add(tester.getCellText(row, column));
            }
        }
        return cells;
    }
}
