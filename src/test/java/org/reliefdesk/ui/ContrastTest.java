package org.reliefdesk.ui;

import com.sun.javafx.util.Utils;
import javafx.scene.paint.Color;
import javafx.scene.paint.Stop;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.1 AA contrast of both themes, computed from the stylesheets themselves: ui/app.css (standard) and
 * app.css followed by ui/high-contrast.css (high contrast), over JavaFX's own modena palette. The looked-up colours
 * are resolved as JavaFX resolves them (the rule's own definitions, then .root; derive() and ladder() by JavaFX's
 * own functions), and every declared pair is measured: each rule's text colour (-fx-text-fill, -fx-prompt-text-fill)
 * against its own background's last layer or the backgrounds its "on:" comment names, and every "contrast:" pair
 * at 4.5:1; every "non-text:" pair (focus ring, borders) at 3:1. The figures are written to
 * target/contrast-report.txt, lowest first.
 */
final class ContrastTest {
    private static final double TEXT = 4.5;
    private static final double NON_TEXT = 3.0;
    private static final Set<String> TEXT_PROPERTIES = Set.of("-fx-text-fill", "-fx-prompt-text-fill");
    private static final Pattern PAIR = Pattern.compile("(contrast|non-text):\\s*(\\S+)\\s+on\\s+(.+)");
    private static final Pattern ON = Pattern.compile("on:\\s*(.+)");

    /** One rule of a stylesheet: selector, declarations in order, comments in its body. */
    record Rule(String selector, Map<String, String> declarations, List<String> comments) {
    }

    /** A measured pair. */
    record Pair(String theme, String where, String text, String background, double ratio, double needed) {
        boolean fails() {
            return ratio < needed;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-13s %5.2f:1 (needs %.1f)  %s on %s  [%s]", theme, ratio, needed,
                    text, background, where);
        }
    }

    @Test
    void everyDeclaredTextAndBackgroundPairOfBothThemesReachesWcagAa() throws IOException {
        List<Rule> modena = parse(read("/com/sun/javafx/scene/control/skin/modena/modena.css"));
        List<Rule> app = parse(read(Styles.STYLESHEET));
        List<Rule> highContrast = parse(read(WindowStyler.HIGH_CONTRAST));
        List<Pair> pairs = new ArrayList<>();
        pairs.addAll(measure("standard", modena, List.of(app)));
        pairs.addAll(measure("high contrast", modena, List.of(app, highContrast)));
        pairs = new ArrayList<>(new java.util.LinkedHashSet<>(pairs));
        pairs.sort(java.util.Comparator.comparingDouble(p -> p.ratio() / p.needed()));

        Path report = Path.of("target", "contrast-report.txt");
        Files.createDirectories(report.getParent());
        Files.write(report, pairs.stream().map(Pair::toString).toList());

        assertThat(pairs.stream().filter(p -> p.theme().equals("standard")).count()).isGreaterThan(40);
        assertThat(pairs.stream().filter(p -> p.theme().equals("high contrast")).count()).isGreaterThan(40);
        assertThat(pairs.stream().filter(Pair::fails).map(Pair::toString).toList())
                .as("pairs below WCAG 2.1 AA (all pairs in " + report + ")").isEmpty();
    }

    @Test
    void theRatioIsWcagsRelativeLuminanceRatio() {
        assertThat(ratio(Color.BLACK, Color.WHITE)).isEqualTo(21.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(ratio(Color.web("#767676"), Color.WHITE)).isEqualTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        assertThat(ratio(Color.web("#777777"), Color.WHITE)).isLessThan(4.5);
        assertThat(ratio(Color.WHITE, Color.web("#767676"))).as("either order").isGreaterThan(4.5);
    }

    @Test
    void aPairBelowTheThresholdIsFoundAndNamed() {
        List<Rule> modena = parse(".root { -fx-base: #ececec; }");
        List<Rule> sheet = parse("""
                .root { -rd-grey: #999999; -rd-white: #ffffff; /* contrast: -rd-grey on -rd-white */ }
                .faint { -fx-text-fill: -rd-grey; /* on: -rd-white */ }
                .orphan { -fx-text-fill: -rd-grey; }
                """);
        List<Pair> pairs = measure("test", modena, List.of(sheet));
        assertThat(pairs).filteredOn(Pair::fails).extracting(Pair::where)
                .contains(".root", ".faint");
        assertThat(pairs).filteredOn(p -> p.where().equals(".orphan")).singleElement()
                .satisfies(p -> assertThat(p.background()).contains("no background declared"));
    }

    // ---- measuring -------------------------------------------------------------------------------------------

    /** The pairs of one theme: the sheets in order over modena's palette. */
    private static List<Pair> measure(String theme, List<Rule> modena, List<List<Rule>> sheets) {
        Map<String, String> palette = new LinkedHashMap<>(root(modena));
        Map<String, Rule> rules = new LinkedHashMap<>();
        for (List<Rule> sheet : sheets) {
            for (Rule r : sheet) {
                if (r.selector().equals(".root")) {
                    palette.putAll(r.declarations());
                }
                Rule was = rules.get(r.selector());
                if (was == null) {
                    rules.put(r.selector(), r);
                } else {
                    Map<String, String> d = new LinkedHashMap<>(was.declarations());
                    d.putAll(r.declarations());
                    List<String> c = new ArrayList<>(was.comments());
                    c.addAll(r.comments());
                    rules.put(r.selector(), new Rule(r.selector(), d, c));
                }
            }
        }
        List<Pair> out = new ArrayList<>();
        for (Rule r : rules.values()) {
            Resolver colours = new Resolver(palette, r.declarations());
            List<String> on = new ArrayList<>();
            for (String c : r.comments()) {
                Matcher m = ON.matcher(c);
                if (m.matches()) {
                    on.addAll(list(m.group(1)));
                }
                Matcher p = PAIR.matcher(c);
                if (p.matches()) {
                    double needed = p.group(1).equals("contrast") ? TEXT : NON_TEXT;
                    for (String bg : list(p.group(3))) {
                        out.add(pair(theme, r.selector(), colours, p.group(2), bg, needed));
                    }
                }
            }
            for (String property : TEXT_PROPERTIES) {
                String text = r.declarations().get(property);
                if (text == null) {
                    continue;
                }
                List<String> backgrounds = new ArrayList<>(on);
                String own = r.declarations().get("-fx-background-color");
                if (own != null) {
                    List<String> layers = split(own);
                    backgrounds.add(layers.get(layers.size() - 1));
                }
                if (backgrounds.isEmpty()) {
                    out.add(new Pair(theme, r.selector(), text, "(no background declared: add /* on: … */)", 0,
                            TEXT));
                }
                for (String bg : backgrounds) {
                    out.add(pair(theme, r.selector(), colours, text, bg, TEXT));
                }
            }
        }
        return out;
    }

    private static Pair pair(String theme, String where, Resolver colours, String text, String background,
                             double needed) {
        Color t = colours.colour(text);
        Color b = colours.colour(background);
        assertThat(t.getOpacity()).as(theme + " " + where + ": " + text + " must be opaque").isEqualTo(1.0);
        assertThat(b.getOpacity()).as(theme + " " + where + ": " + background + " must be opaque").isEqualTo(1.0);
        return new Pair(theme, where, text + " " + hex(t), background + " " + hex(b), ratio(t, b), needed);
    }

    /** WCAG 2.1 contrast ratio: (L1 + 0.05) / (L2 + 0.05) of the relative luminances. */
    static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255),
                Math.round(c.getGreen() * 255), Math.round(c.getBlue() * 255));
    }

    /** Resolves a colour expression: looked-up names (the rule's own first), derive(), ladder(), web colours. */
    private record Resolver(Map<String, String> palette, Map<String, String> own) {
        Color colour(String expression) {
            return colour(expression.strip(), new HashSet<>());
        }

        private Color colour(String e, Set<String> seen) {
            if (e.startsWith("-") && e.matches("-[a-zA-Z][\\w-]*")) {
                String def = own.containsKey(e) ? own.get(e) : palette.get(e);
                if (def == null) {
                    throw new AssertionError("the colour " + e + " is not defined in any .root");
                }
                if (seen.size() > 40) {
                    throw new AssertionError("the colour " + e + " refers to itself");
                }
                seen.add(e);
                return colour(def.strip(), seen);
            }
            if (e.startsWith("derive(")) {
                List<String> args = split(e.substring(7, e.length() - 1));
                return Utils.deriveColor(colour(args.get(0), seen), percent(args.get(1)));
            }
            if (e.startsWith("ladder(")) {
                List<String> args = split(e.substring(7, e.length() - 1));
                Color base = colour(args.get(0), seen);
                Stop[] stops = new Stop[args.size() - 1];
                for (int i = 1; i < args.size(); i++) {
                    String stop = args.get(i).strip();
                    int space = stop.lastIndexOf(' ');
                    stops[i - 1] = new Stop(percent(stop.substring(space + 1)), colour(stop.substring(0, space)
                            .strip(), new HashSet<>(seen)));
                }
                return Utils.ladder(base, stops);
            }
            try {
                return Color.web(e);
            } catch (IllegalArgumentException x) {
                throw new AssertionError("not a colour the test can compute: " + e);
            }
        }

        private static double percent(String p) {
            return Double.parseDouble(p.strip().replace("%", "")) / 100;
        }
    }

    // ---- reading the stylesheets -----------------------------------------------------------------------------

    private static String read(String resource) throws IOException {
        try (InputStream in = ContrastTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The rules of a stylesheet (no nesting in JavaFX CSS); a rule with several selectors is kept as one. */
    static List<Rule> parse(String css) {
        List<Rule> rules = new ArrayList<>();
        StringBuilder selector = new StringBuilder();
        StringBuilder body = null;
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < css.length(); i++) {
            if (css.startsWith("/*", i)) {
                int end = css.indexOf("*/", i + 2);
                String comment = css.substring(i + 2, end).replaceAll("\\s+", " ").strip();
                if (body != null) {
                    comments.add(comment);
                } else if (comment.matches("(contrast|non-text|on):.*")) {
                    throw new AssertionError("a pair outside any rule is never checked: /* " + comment + " */");
                }
                i = end + 1;
                continue;
            }
            char c = css.charAt(i);
            if (body == null && c == '{') {
                body = new StringBuilder();
            } else if (body != null && c == '}') {
                Map<String, String> declarations = new LinkedHashMap<>();
                for (String d : body.toString().split(";")) {
                    int colon = d.indexOf(':');
                    if (colon > 0) {
                        declarations.put(d.substring(0, colon).strip(), d.substring(colon + 1)
                                .replaceAll("\\s+", " ").strip());
                    }
                }
                rules.add(new Rule(selector.toString().replaceAll("\\s+", " ").strip(), declarations,
                        List.copyOf(comments)));
                selector.setLength(0);
                comments.clear();
                body = null;
            } else if (body != null) {
                body.append(c);
            } else {
                selector.append(c);
            }
        }
        return rules;
    }

    private static Map<String, String> root(List<Rule> rules) {
        Map<String, String> out = new LinkedHashMap<>();
        rules.stream().filter(r -> r.selector().equals(".root")).forEach(r -> out.putAll(r.declarations()));
        return out;
    }

    /** Splits at the commas outside parentheses. */
    private static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(s.substring(start).strip());
        return out;
    }

    private static List<String> list(String names) {
        return split(names.strip()).stream().filter(n -> !n.isEmpty()).toList();
    }
}
