package org.auditio.auditions;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.auditio.common.UserError;
import org.jspecify.annotations.Nullable;

/**
 * Who may apply: an age range on a reference date (e.g. 17 to 26 on 1 July of the session year)
 * and, optionally, a list of ISO 3166 countries. Absent limits do not restrict.
 */
public record EligibilityRules(
        @Nullable Integer minAge,
        @Nullable Integer maxAge,
        @Nullable LocalDate referenceDate,
        Set<String> countries) {

    public static final int OLDEST_AGE = 120;

    public static final EligibilityRules NONE = new EligibilityRules(null, null, null, Set.of());

    public EligibilityRules {
        countries = Set.copyOf(new TreeSet<>(countries));
    }

    /** Refuses rules that cannot be meant: a reversed range, an age without its date, an unknown country. */
    public EligibilityRules validated() {
        if (outOfBounds(minAge) || outOfBounds(maxAge)) {
            throw new UserError("audition.eligibility.age-impossible", OLDEST_AGE);
        }
        if (minAge != null && maxAge != null && minAge > maxAge) {
            throw new UserError("audition.eligibility.ages-reversed");
        }
        if ((minAge != null || maxAge != null) && referenceDate == null) {
            throw new UserError("audition.eligibility.reference-date-required");
        }
        Set<String> known = Set.of(Locale.getISOCountries());
        for (String country : countries) {
            if (!known.contains(country)) {
                throw new UserError("audition.eligibility.unknown-country", country);
            }
        }
        return this;
    }

    /** The earliest birth date allowed: the day after one turns {@code maxAge + 1} on the reference date. */
    public @Nullable LocalDate bornFrom() {
        return maxAge == null || referenceDate == null
                ? null
                : referenceDate.minusYears(maxAge + 1L).plusDays(1);
    }

    /** The latest birth date allowed: one must have turned {@code minAge} on the reference date. */
    public @Nullable LocalDate bornUntil() {
        return minAge == null || referenceDate == null ? null : referenceDate.minusYears(minAge);
    }

    /** Completed years on the reference date. */
    public @Nullable Integer ageOn(LocalDate birthDate) {
        return referenceDate == null
                ? null
                : Period.between(birthDate, referenceDate).getYears();
    }

    /** Everything that keeps this candidate out; empty when they may apply. */
    public List<Ineligibility> check(LocalDate birthDate, String country) {
        List<Ineligibility> reasons = new ArrayList<>();
        LocalDate from = bornFrom();
        LocalDate until = bornUntil();
        if (referenceDate != null
                && ((from != null && birthDate.isBefore(from)) || (until != null && birthDate.isAfter(until)))) {
            reasons.add(new Ineligibility.AgeOutOfRange(from, until, minAge, maxAge, referenceDate));
        }
        if (!countries.isEmpty() && !countries.contains(country)) {
            reasons.add(new Ineligibility.CountryNotEligible(country));
        }
        return reasons;
    }

    private static boolean outOfBounds(@Nullable Integer age) {
        return age != null && (age < 0 || age > OLDEST_AGE);
    }
}
