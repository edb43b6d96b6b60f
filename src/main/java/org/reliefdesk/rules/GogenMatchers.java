package org.reliefdesk.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * gogen 0.2.13's code-section patterns, kept as gogen wrote them, quirks included: every match is an unanchored
 * substring search on the section text (so {@code 37 PC} also matches {@code 237 PC}). Used only in gogen mode.
 */
final class GogenMatchers {
    static final Pattern PROP64 = Pattern.compile("(11357|11358|11359|11360)");
    static final Map<String, Pattern> BY_SECTION = Map.of(
            "11357", Pattern.compile("11357.*", Pattern.UNIX_LINES),
            "11358", Pattern.compile("11358.*", Pattern.UNIX_LINES),
            "11359", Pattern.compile("11359.*", Pattern.UNIX_LINES),
            "11360", Pattern.compile("11360.*", Pattern.UNIX_LINES));
    static final Pattern SUBSECTION_11357 = Pattern.compile("11357\\(([A-D])\\)");

    private static final String ENHANCEABLE = "((136\\.1)|(215)|(213\\(A\\)\\(1\\)\\(A\\))|(246)|(519)|(12022\\.55))";
    private static final String GANG = "186\\.22\\(B\\)\\(4\\)";

    static final List<Pattern> SUPERSTRIKE = compile(
            "37 PC", "128 PC", ENHANCEABLE + ".*" + GANG + " PC", GANG + ".*" + ENHANCEABLE + " PC", "187 PC",
            "188 PC", "189(\\.[15])? PC", "190(\\.\\d{1,2})?(\\(.*\\))? PC", "191(\\.5)? PC", "205 PC", "207 PC",
            "209(\\.5)? PC", "217\\.1 PC", "218 PC", "219 PC", "220 PC", "245\\(D\\)\\(3\\) PC", "261(\\(.*\\))? PC",
            "262(\\(.*\\))? PC", "264\\.1 PC", "269 PC", "273AB(\\(.*\\))? PC",
            "286((\\(C\\)\\([123]\\)(\\([ABC]\\))?)|(\\(D\\)\\([123]\\)))? PC", "287 PC",
            "288((\\(A\\))|(\\(B\\)\\([12]\\)))? PC", "288A((\\(D\\))|(\\(C\\)\\(1\\))|(\\(C\\)\\(2\\)\\([ABC]\\)))? PC",
            "288\\.5(\\(A\\))? PC", "289((\\(J\\))|(\\(A\\)\\(1\\)\\([ABC]\\))|(\\(A\\)\\(2\\)\\(C\\)))? PC",
            "451\\.5 PC", "653F PC", "667\\.(61|7|71) PC", "4500 PC", "11418((\\(A\\)\\(1\\))|(\\(B\\)\\([12]\\))) PC",
            "12308 PC", "12310 PC", "18745 PC", "18755 PC", "1672\\(A\\) MV");

    static final List<Pattern> PC290 = compile(
            "236\\.1\\([BC]\\)(.*) PC", "243\\.4(.*) PC", "261 PC", "261(\\(|\\.|[a-zA-Z])+(.*) PC",
            "262\\(A\\)(\\(1\\))? PC", "264\\.1(\\((.*))? PC", "266 PC", "266C PC", "266H\\(B\\)(.*) PC",
            "266I\\(B\\)(.*) PC", "266J PC", "267 PC", "269 PC", "269(\\(|\\.|[a-zA-Z])+(.*) PC", "272 PC", "285 PC",
            "287 PC", "286([^\\.]*) PC", "288 PC", "288A(.*) PC", "288\\.[23457](.*) PC", "289([^\\.]*) PC",
            "311\\.1(.*) PC", "311\\.2\\([BCD]\\) PC", "311\\.([34]|10|11)(.*) PC", "314\\([12]\\) PC",
            "451\\.5 PC", "647\\.6(.*) PC", "647A(.*) PC", "653F\\([BC]\\) PC");

    private GogenMatchers() {
    }

    private static List<Pattern> compile(String... regexes) {
        return java.util.Arrays.stream(regexes).map(r -> Pattern.compile(r, Pattern.UNIX_LINES)).toList();
    }

    static boolean isProp64(String codeSection) {
        return PROP64.matcher(codeSection).find();
    }

    /** The leftmost Prop 64 number in the text, or empty. */
    static String extractProp64(String codeSection) {
        Matcher m = PROP64.matcher(codeSection);
        return m.find() ? m.group(1) : "";
    }

    static boolean any(List<Pattern> patterns, String codeSection) {
        for (Pattern p : patterns) {
            if (p.matcher(codeSection).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * gogen's "Possible Other P64 Charges" for a row: the raw COMMENT_TEXT when it names a Prop 64 section the
     * OFFENSE_DESCR does not (or another 11357 subsection group), else empty.
     */
    static String possibleOtherProp64(String offenseDescr, String commentText) {
        String od = offenseDescr.strip();
        if (od.isEmpty() || od.equals("SEE COMMENT FOR CHARGE")) {
            return "";
        }
        String secC = extractProp64(commentText);
        if (secC.isEmpty()) {
            return "";
        }
        String secO = extractProp64(offenseDescr);
        if (secO.isEmpty() || !secO.equals(secC)) {
            return commentText;
        }
        if (secO.equals("11357")) {
            String subO = subsection(offenseDescr);
            String subC = subsection(commentText);
            if (!subO.isEmpty() && !subC.isEmpty()) {
                boolean oAb = subO.equals("A") || subO.equals("B");
                boolean cAb = subC.equals("A") || subC.equals("B");
                return oAb != cAb ? commentText : "";
            }
            return subC.isEmpty() ? "" : commentText;
        }
        return "";
    }

    private static String subsection(String text) {
        Matcher m = SUBSECTION_11357.matcher(text);
        return m.find() ? m.group(1) : "";
    }
}
