package org.auditio.auditions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Random;
import java.util.Set;
import org.auditio.common.UserError;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    /** The World Youth Choir 2019 rule: 17 to 26 years old on 1 July 2019. */
    private final EligibilityRules wyc = new EligibilityRules(17, 26, LocalDate.of(2019, 7, 1), Set.of());

    @Test
    void a_candidate_must_be_born_between_the_day_after_turning_27_and_the_day_of_turning_17() {
        assertThat(wyc.bornFrom()).isEqualTo(LocalDate.of(1992, 7, 2));
        assertThat(wyc.bornUntil()).isEqualTo(LocalDate.of(2002, 7, 1));
    }

    @Test
    void turning_17_on_the_reference_date_is_eligible_and_the_day_after_is_not() {
        assertThat(wyc.check(LocalDate.of(2002, 7, 1), "FR")).isEmpty();
        assertThat(wyc.check(LocalDate.of(2002, 7, 2), "FR"))
                .singleElement()
                .isInstanceOf(Ineligibility.AgeOutOfRange.class);
    }

    @Test
    void turning_27_on_the_reference_date_is_too_old_and_the_day_after_is_still_26() {
        assertThat(wyc.check(LocalDate.of(1992, 7, 1), "FR"))
                .singleElement()
                .isEqualTo(new Ineligibility.AgeOutOfRange(
                        LocalDate.of(1992, 7, 2), LocalDate.of(2002, 7, 1), 17, 26, LocalDate.of(2019, 7, 1)));
        assertThat(wyc.check(LocalDate.of(1992, 7, 2), "FR")).isEmpty();
    }

    @Test
    void the_birth_date_bounds_agree_with_the_age_in_completed_years_for_any_date_even_leap_days() {
        Random random = new Random(29);
        for (int i = 0; i < 20_000; i++) {
            LocalDate reference = LocalDate.of(2000, 1, 1).plusDays(random.nextInt(12_000));
            int min = random.nextInt(30);
            int max = min + random.nextInt(20);
            EligibilityRules rules = new EligibilityRules(min, max, reference, Set.of());
            LocalDate birth = reference.minusDays(random.nextInt(60 * 366));
            int age = Period.between(birth, reference).getYears();
            boolean eligibleByAge = age >= min && age <= max;
            assertThat(rules.check(birth, "FR").isEmpty())
                    .as("born %s, reference %s, %d to %d", birth, reference, min, max)
                    .isEqualTo(eligibleByAge);
        }
    }

    @Test
    void someone_born_on_29_february_turns_a_year_older_on_1_march_in_common_years() {
        EligibilityRules rules = new EligibilityRules(18, null, LocalDate.of(2022, 2, 28), Set.of());
        assertThat(rules.check(LocalDate.of(2004, 2, 29), "FR")).hasSize(1);
        EligibilityRules dayLater = new EligibilityRules(18, null, LocalDate.of(2022, 3, 1), Set.of());
        assertThat(dayLater.check(LocalDate.of(2004, 2, 29), "FR")).isEmpty();
    }

    @Test
    void a_country_list_keeps_other_countries_out_and_an_empty_one_keeps_nobody_out() {
        EligibilityRules europe = new EligibilityRules(null, null, null, Set.of("FR", "DE", "LU"));
        assertThat(europe.check(LocalDate.of(2000, 1, 1), "LU")).isEmpty();
        assertThat(europe.check(LocalDate.of(2000, 1, 1), "BR"))
                .containsExactly(new Ineligibility.CountryNotEligible("BR"));
        assertThat(EligibilityRules.NONE.check(LocalDate.of(1900, 1, 1), "BR")).isEmpty();
    }

    @Test
    void every_reason_is_given_at_once() {
        EligibilityRules rules = new EligibilityRules(17, 26, LocalDate.of(2019, 7, 1), Set.of("FR"));
        assertThat(rules.check(LocalDate.of(1980, 1, 1), "BR")).hasSize(2);
    }

    @Test
    void impossible_rules_are_refused_with_a_reason() {
        assertThatThrownBy(() -> new EligibilityRules(26, 17, LocalDate.of(2019, 7, 1), Set.of()).validated())
                .isInstanceOf(UserError.class)
                .hasMessage("audition.eligibility.ages-reversed");
        assertThatThrownBy(() -> new EligibilityRules(17, 26, null, Set.of()).validated())
                .hasMessage("audition.eligibility.reference-date-required");
        assertThatThrownBy(() -> new EligibilityRules(-1, 26, LocalDate.of(2019, 7, 1), Set.of()).validated())
                .hasMessage("audition.eligibility.age-impossible");
        assertThatThrownBy(() -> new EligibilityRules(null, null, null, Set.of("XX")).validated())
                .hasMessage("audition.eligibility.unknown-country");
    }
}
