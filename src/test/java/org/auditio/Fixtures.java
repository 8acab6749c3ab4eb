package org.auditio;

import org.auditio.auditions.AuditionFixtures;
import org.auditio.candidates.CandidateFixtures;
import org.auditio.jury.JuryFixtures;
import org.auditio.selection.SelectionFixtures;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The test fixtures as beans built through their constructors, so tests autowire them instead
 * of the services they are made of. The fixtures keep no state of their own (everything lives
 * in the database and the {@link TestClock}), so one of each serves every test of a context.
 * Needs {@link TestClock.Config}: the fixtures move the clock the application reads.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({
    AuditionFixtures.class,
    CandidateFixtures.class,
    JuryFixtures.class,
    SelectionFixtures.class,
    RegistrationLinks.class
})
public class Fixtures {}
