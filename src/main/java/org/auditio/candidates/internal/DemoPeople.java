package org.auditio.candidates.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.auditio.auditions.VoicePart;

/**
 * Fictional applicants, the same on every run for a given seed: names plausible for their
 * country, every country of the list at least once, voice parts in the proportions of a real
 * call (a few altos are countertenors), birth dates spread over the eligible range.
 */
final class DemoPeople {

    record Person(
            String name,
            String email,
            LocalDate born,
            String country,
            VoicePart voicePart,
            Locale language,
            String range,
            String affiliation) {}

    private record Country(
            String code,
            int weight,
            List<String> female,
            List<String> male,
            List<String> surnames,
            List<String> femaleSurnames) {}

    private static final Set<String> FRENCH_SPEAKING = Set.of("FR", "BE", "CH", "LU", "CA");
    private static final List<String> AFFILIATIONS = List.of(
            "National youth choir",
            "University choir",
            "Conservatory voice class",
            "Cathedral choir",
            "Chamber choir",
            "Private voice teacher");

    private DemoPeople() {}

    static List<Person> generate(long seed, int count, LocalDate bornFrom, LocalDate bornUntil) {
        Random random = new Random(seed);
        List<Country> countries = countries();
        List<Country> drawn = new ArrayList<>(countries);
        Collections.shuffle(drawn, random);
        int totalWeight = countries.stream().mapToInt(Country::weight).sum();
        while (drawn.size() < count) {
            drawn.add(weighted(countries, totalWeight, random));
        }
        long days = ChronoUnit.DAYS.between(bornFrom, bornUntil);
        List<Person> people = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            people.add(person(i, drawn.get(i), bornFrom.plusDays(random.nextLong(days + 1)), random));
        }
        return people;
    }

    private static Person person(int index, Country country, LocalDate born, Random random) {
        VoicePart part = voicePart(random);
        boolean female = part == VoicePart.S || (part == VoicePart.A && random.nextInt(100) >= 12);
        String first = pick(female ? country.female() : country.male(), random);
        List<String> surnames =
                female && !country.femaleSurnames().isEmpty() ? country.femaleSurnames() : country.surnames();
        String last = pick(surnames, random);
        Locale language = FRENCH_SPEAKING.contains(country.code()) && random.nextBoolean()
                        || country.code().equals("FR")
                ? Locale.FRENCH
                : Locale.ENGLISH;
        return new Person(
                first + " " + last,
                slug(first) + "." + slug(last) + "." + (index + 1) + "@wyc2019.auditio.demo",
                born,
                country.code(),
                part,
                language,
                range(part),
                pick(AFFILIATIONS, random));
    }

    /** Sopranos 30 %, altos 26 %, tenors 20 %, basses 24 %. */
    private static VoicePart voicePart(Random random) {
        int draw = random.nextInt(100);
        return draw < 30 ? VoicePart.S : draw < 56 ? VoicePart.A : draw < 76 ? VoicePart.T : VoicePart.B;
    }

    private static String range(VoicePart part) {
        return switch (part.section()) {
            case S -> "C4–C6";
            case A -> "F3–F5";
            case T -> "C3–C5";
            default -> "E2–E4";
        };
    }

    private static Country weighted(List<Country> countries, int totalWeight, Random random) {
        int draw = random.nextInt(totalWeight);
        for (Country country : countries) {
            draw -= country.weight();
            if (draw < 0) {
                return country;
            }
        }
        return countries.getLast();
    }

    private static String pick(List<String> choices, Random random) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** "Bērziņa" becomes "berzina", "O’Brien" "obrien": addresses stay plain ASCII. */
    private static String slug(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("ł", "l")
                .replace("đ", "d")
                .replace("ı", "i")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z]", "");
    }

    private static List<Country> countries() {
        try (InputStream in = DemoPeople.class.getResourceAsStream("demo-names.txt");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\\|", -1))
                    .map(f -> new Country(f[0], Integer.parseInt(f[1]), list(f[2]), list(f[3]), list(f[4]), list(f[5])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> list(String field) {
        return field.isBlank() ? List.of() : Arrays.asList(field.split(","));
    }
}
