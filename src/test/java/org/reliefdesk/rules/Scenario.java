package org.reliefdesk.rules;

import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * One row of {@code rules/scenarios.csv}: a fabricated person, the run settings, and what rules.md says the
 * decision for the marked conviction must be.
 *
 * @param outcome   an {@link Outcome} name, or {@code NONE} when the conviction must get no decision
 * @param flags     flag names joined with {@code ;}, or {@code -} for none
 * @param gogenText gogen's reason text (checked when not blank; {@code (empty)} for the empty text)
 * @param decidedBy the rule number of the last trail entry when it differs from the reason's (e.g. {@code R5}
 *                  "cannot tell", which gives DATA_INCOMPLETE)
 */
record Scenario(String id, String description, String dob, String history, String policyText, String modeText,
                String computeAtText, String countyText, String outcome, String reason, String flags,
                String gogenText, String decidedBy, long line) {

    static final String FILE = "/rules/scenarios.csv";
    private static final String NONE = "NONE";

    static List<Scenario> all() {
        try (InputStream in = Scenario.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(FILE + " is missing from the test resources");
            }
            List<Scenario> out = new ArrayList<>();
            try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().commentStrategy(CommentStrategy.SKIP)
                    .commentCharacter('#').skipEmptyLines(true).ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
                for (NamedCsvRecord r : csv) {
                    out.add(new Scenario(r.getField("id").strip(), r.getField("description").strip(),
                            r.getField("dob").strip(), r.getField("history").strip(), r.getField("policy").strip(),
                            r.getField("mode").strip(), r.getField("compute_at").strip(),
                            r.getField("county").strip(), r.getField("outcome").strip(), r.getField("reason").strip(),
                            r.getField("flags").strip(), r.getField("gogen_text").strip(),
                            r.getField("decided_by").strip(), r.getStartingLineNumber()));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    EvaluationMode mode() {
        return modeText.isEmpty() ? EvaluationMode.DEFAULT : EvaluationMode.find(modeText).orElseThrow(
                () -> new IllegalArgumentException(id + ": unknown mode " + modeText));
    }

    LocalDate computeAt() {
        return computeAtText.isEmpty() ? RunSettings.DEFAULT_COMPUTE_AT : LocalDate.parse(computeAtText);
    }

    String county() {
        return countyText.isEmpty() ? HistoryFixture.DEFAULT_COUNTY : countyText;
    }

    RunSettings settings() {
        return new RunSettings(mode(), policy(policyText), county(), computeAt());
    }

    boolean expectsDecision() {
        return !outcome.equals(NONE);
    }

    Outcome expectedOutcome() {
        return Outcome.valueOf(outcome);
    }

    ReasonCode expectedReason() {
        return ReasonCode.valueOf(reason);
    }

    Set<Flag> expectedFlags() {
        Set<Flag> out = EnumSet.noneOf(Flag.class);
        if (!flags.equals("-")) {
            Arrays.stream(flags.split(";")).map(String::strip).map(Flag::valueOf).forEach(out::add);
        }
        return out;
    }

    /** The gogen reason text to check, if the scenario gives one. */
    Optional<String> expectedGogenText() {
        if (gogenText.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(gogenText.equals("(empty)") ? "" : gogenText);
    }

    /**
     * A policy written as a preset id followed by options: {@code dismiss=11357/11358}, {@code reduce=11359},
     * {@code under21}, {@code age=N}, {@code since=N}, {@code crimefree=N}, {@code only64}, {@code deceased},
     * {@code disqualifiers=off}, {@code unknown=misdemeanor}, {@code related}. Blank is the statute minimum.
     */
    static Policy policy(String text) {
        List<String> tokens = new ArrayList<>(Arrays.asList(text.strip().split("\\s+")));
        tokens.removeIf(String::isEmpty);
        Policy p = Policy.statuteMinimum();
        if (!tokens.isEmpty() && Preset.find(tokens.get(0)).isPresent()) {
            p = Preset.find(tokens.remove(0)).orElseThrow().policy();
        }
        for (String t : tokens) {
            String key = t.contains("=") ? t.substring(0, t.indexOf('=')) : t;
            String val = t.contains("=") ? t.substring(t.indexOf('=') + 1) : "";
            p = switch (key.toLowerCase(Locale.ROOT)) {
                case "dismiss" -> p.withDismiss(List.of(val.split("/")));
                case "reduce" -> p.withReduce(List.of(val.split("/")));
                case "under21" -> p.withRelief(true, p.ageThreshold(), p.yearsSinceConviction(), p.yearsCrimeFree(),
                        p.onlyProp64(), p.deceased());
                case "age" -> p.withRelief(p.under21AtConviction(), Integer.parseInt(val), p.yearsSinceConviction(),
                        p.yearsCrimeFree(), p.onlyProp64(), p.deceased());
                case "since" -> p.withRelief(p.under21AtConviction(), p.ageThreshold(), Integer.parseInt(val),
                        p.yearsCrimeFree(), p.onlyProp64(), p.deceased());
                case "crimefree" -> p.withRelief(p.under21AtConviction(), p.ageThreshold(), p.yearsSinceConviction(),
                        Integer.parseInt(val), p.onlyProp64(), p.deceased());
                case "only64" -> p.withRelief(p.under21AtConviction(), p.ageThreshold(), p.yearsSinceConviction(),
                        p.yearsCrimeFree(), true, p.deceased());
                case "deceased" -> p.withRelief(p.under21AtConviction(), p.ageThreshold(), p.yearsSinceConviction(),
                        p.yearsCrimeFree(), p.onlyProp64(), true);
                case "disqualifiers" -> p.withApplyDisqualifiers(!val.equals("off"));
                case "unknown" -> p.withUnknownLevel(val.equals("misdemeanor") ? UnknownLevel.MISDEMEANOR
                        : UnknownLevel.REVIEW);
                case "related" -> p.withDismissRelatedCharges(true);
                default -> throw new IllegalArgumentException("unknown policy option " + t);
            };
        }
        return p;
    }

    @Override
    public String toString() {
        return id + " " + description;
    }
}
