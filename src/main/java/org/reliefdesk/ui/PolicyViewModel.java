package org.reliefdesk.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.reliefdesk.rules.EvaluationMode;
import org.reliefdesk.rules.Policy;
import org.reliefdesk.rules.PolicyException;
import org.reliefdesk.rules.PolicyJson;
import org.reliefdesk.rules.Preset;
import org.reliefdesk.rules.RunSettings;
import org.reliefdesk.rules.UnknownLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The policy form: the options of rules.md ("Policy options") as editable properties, presets, compute-at date,
 * mode and county. Validation is the rules' own: the form's values are written as the options JSON and read back
 * with {@link PolicyJson#parse}, so the form refuses exactly what the command line refuses, with the same message.
 */
public final class PolicyViewModel {
    /** What the form lets a section be. */
    public enum SectionChoice {
        STATUTE("As the statute says"), DISMISS("Dismiss"), REDUCE("Reduce");

        private final String label;

        SectionChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final List<String> SECTIONS = List.of("11357", "11358", "11359", "11360");
    private final Map<String, ObjectProperty<SectionChoice>> sections = new LinkedHashMap<>();
    private final BooleanProperty under21 = new SimpleBooleanProperty(this, "under21");
    private final StringProperty age = new SimpleStringProperty(this, "age", "0");
    private final StringProperty yearsSince = new SimpleStringProperty(this, "yearsSince", "0");
    private final StringProperty crimeFree = new SimpleStringProperty(this, "crimeFree", "0");
    private final BooleanProperty onlyProp64 = new SimpleBooleanProperty(this, "onlyProp64");
    private final BooleanProperty deceased = new SimpleBooleanProperty(this, "deceased");
    private final BooleanProperty disqualifiers = new SimpleBooleanProperty(this, "disqualifiers", true);
    private final ObjectProperty<UnknownLevel> unknownLevel = new SimpleObjectProperty<>(this, "unknownLevel",
            UnknownLevel.REVIEW);
    private final BooleanProperty relatedCharges = new SimpleBooleanProperty(this, "relatedCharges");
    private final ObjectProperty<LocalDate> computeAt = new SimpleObjectProperty<>(this, "computeAt",
            RunSettings.DEFAULT_COMPUTE_AT);
    private final ObjectProperty<EvaluationMode> mode = new SimpleObjectProperty<>(this, "mode",
            EvaluationMode.DEFAULT);
    private final StringProperty county = new SimpleStringProperty(this, "county");

    public PolicyViewModel() {
        for (String s : SECTIONS) {
            sections.put(s, new SimpleObjectProperty<>(this, "section" + s, SectionChoice.STATUTE));
        }
        apply(Preset.BEAR_DEFAULT.policy());
    }

    public ObjectProperty<SectionChoice> section(String s) {
        return sections.get(s);
    }

    public BooleanProperty under21Property() {
        return under21;
    }

    public StringProperty ageProperty() {
        return age;
    }

    public StringProperty yearsSinceProperty() {
        return yearsSince;
    }

    public StringProperty crimeFreeProperty() {
        return crimeFree;
    }

    public BooleanProperty onlyProp64Property() {
        return onlyProp64;
    }

    public BooleanProperty deceasedProperty() {
        return deceased;
    }

    public BooleanProperty disqualifiersProperty() {
        return disqualifiers;
    }

    public ObjectProperty<UnknownLevel> unknownLevelProperty() {
        return unknownLevel;
    }

    public BooleanProperty relatedChargesProperty() {
        return relatedCharges;
    }

    public ObjectProperty<LocalDate> computeAtProperty() {
        return computeAt;
    }

    public ObjectProperty<EvaluationMode> modeProperty() {
        return mode;
    }

    public StringProperty countyProperty() {
        return county;
    }

    /** Fills the form from a policy (a preset or a loaded JSON). */
    public void apply(Policy p) {
        for (String s : SECTIONS) {
            sections.get(s).set(p.dismiss().contains(s) ? SectionChoice.DISMISS
                    : p.reduce().contains(s) ? SectionChoice.REDUCE : SectionChoice.STATUTE);
        }
        under21.set(p.under21AtConviction());
        age.set(Integer.toString(p.ageThreshold()));
        yearsSince.set(Integer.toString(p.yearsSinceConviction()));
        crimeFree.set(Integer.toString(p.yearsCrimeFree()));
        onlyProp64.set(p.onlyProp64());
        deceased.set(p.deceased());
        disqualifiers.set(p.applyDisqualifiers());
        unknownLevel.set(p.unknownLevel());
        relatedCharges.set(p.dismissRelatedCharges());
    }

    public void applyPreset(Preset preset) {
        apply(preset.policy());
    }

    /** The options JSON the form describes (as typed: numbers that are not numbers are written as strings). */
    public String json() {
        return json(age.get(), yearsSince.get(), crimeFree.get());
    }

    private String json(String ageText, String yearsSinceText, String crimeFreeText) {
        List<String> dismiss = new ArrayList<>();
        List<String> reduce = new ArrayList<>();
        sections.forEach((s, c) -> {
            if (c.get() == SectionChoice.DISMISS) {
                dismiss.add('"' + s + '"');
            } else if (c.get() == SectionChoice.REDUCE) {
                reduce.add('"' + s + '"');
            }
        });
        return "{\"baselineEligibility\":{\"dismiss\":[" + String.join(",", dismiss) + "],\"reduce\":["
                + String.join(",", reduce) + "]},\"additionalRelief\":{\"subjectUnder21AtConviction\":" + under21.get()
                + ",\"subjectAgeThreshold\":" + number(ageText) + ",\"yearsSinceConvictionThreshold\":"
                + number(yearsSinceText) + ",\"yearsCrimeFreeThreshold\":" + number(crimeFreeText)
                + ",\"subjectHasOnlyProp64Charges\":" + onlyProp64.get() + ",\"subjectIsDeceased\":" + deceased.get()
                + "},\"applyDisqualifiers\":" + disqualifiers.get() + ",\"unknownLevel\":\""
                + (unknownLevel.get() == UnknownLevel.MISDEMEANOR ? "misdemeanor" : "review")
                + "\",\"dismissRelatedCharges\":" + relatedCharges.get() + "}";
    }

    private static String number(String typed) {
        String t = typed == null ? "" : typed.strip();
        return t.matches("-?\\d{1,9}") ? t : "\"" + t.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** The policy the form describes, or the rules' message naming the key and its allowed range. */
    public Policy policy() throws PolicyException {
        return PolicyJson.parse(json());
    }

    /**
     * The problem of one number of the form on its own (age, years since or years crime-free), in the rules' words,
     * or null: the form's JSON with the other two numbers at 0 (always allowed), read back by the rules.
     */
    public String problemOf(StringProperty number) {
        if (number != age && number != yearsSince && number != crimeFree) {
            throw new IllegalArgumentException("not a number of the policy form: " + number.getName());
        }
        try {
            PolicyJson.parse(json(number == age ? age.get() : "0", number == yearsSince ? yearsSince.get() : "0",
                    number == crimeFree ? crimeFree.get() : "0"));
            return null;
        } catch (PolicyException e) {
            return e.getMessage();
        }
    }

    /** The problem with the compute-at date, or null. */
    public String computeAtProblem() {
        return computeAt.get() == null
                ? "Choose the compute-at date (the date the law is applied as of; usually 2020-07-01)." : null;
    }

    /** The problem with the county, or null. */
    public String countyProblem() {
        return county.get() == null || county.get().isBlank() ? "Choose the county whose convictions are in scope."
                : null;
    }

    /** The first problem that stops a run, or null when the form can run. */
    public String problem() {
        try {
            policy();
        } catch (PolicyException e) {
            return e.getMessage();
        }
        return computeAtProblem() != null ? computeAtProblem() : countyProblem();
    }

    /** The run settings, once {@link #problem()} is null. */
    public RunSettings settings() throws PolicyException {
        return new RunSettings(mode.get(), policy(), county.get(), computeAt.get());
    }
}
