package org.auditio.auditions;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Why a candidate may not apply, with what the screen needs to say it plainly. */
public sealed interface Ineligibility {

    /** Too young or too old on the reference date: the candidate must be born within these dates. */
    record AgeOutOfRange(
            @Nullable LocalDate bornFrom,
            @Nullable LocalDate bornUntil,
            @Nullable Integer minAge,
            @Nullable Integer maxAge,
            LocalDate referenceDate)
            implements Ineligibility {}

    /** The audition is restricted to a list of countries that does not hold the candidate's. */
    record CountryNotEligible(String country) implements Ineligibility {}
}
