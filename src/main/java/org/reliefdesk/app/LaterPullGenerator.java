package org.reliefdesk.app;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.reliefdesk.doj.CodeSection;
import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojReader;
import org.reliefdesk.doj.DojRecord;
import org.reliefdesk.doj.RowProblem;
import org.reliefdesk.rules.Outcome;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes a later DOJ pull from a fabricated DOJ file (for demos, tests and benchmarks of follow-through): of the
 * granted counts, some changed as DOJ records relief (a dismissed count no longer CONVICTED or carrying "PROP 64
 * 11361.8" in its comment; a reduced one now a misdemeanor), some removed, some people gone from the file, the rest
 * untouched; and a few new Prop 64 convictions. Granted counts come from the workspace when given, else every Prop
 * 64 conviction of the county is taken as granted (felonies reduced, the others dismissed). Same seed, same file.
 */
public final class LaterPullGenerator {
    /** What was written: rows, and how many granted counts were changed, removed, or left out with their person. */
    public record Generated(Path file, long rows, int changed, int removed, int peopleGone, int untouched,
                            int added) {
    }

    /**
     * @param granted the granted counts by {@code subjectId + '\u001F' + countOrder} with the relief granted; null
     *                takes every Prop 64 conviction of {@code county}
     */
    public Generated generate(Path source, Path out, String county, Map<String, Outcome> granted, long seed)
            throws IOException {
        return generate(source, out, county, granted, seed, 0);
    }

    /**
     * As {@link #generate(Path, Path, String, Map, long)}; when the pull has fewer than {@code targetRows} rows, people
     * new to it (the source's people again under new SUBJECT_IDs and CIIs) fill it to exactly that many.
     */
    public Generated generate(Path source, Path out, String county, Map<String, Outcome> granted, long seed,
                              long targetRows) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        int[] counts = new int[5];
        long[] rows = {0};
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
                1 << 16);
             CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(w)) {
            csv.writeRecord(Arrays.stream(DojColumn.values()).map(Enum::name).toList());
            List<String[]> person = new ArrayList<>();
            String[] subject = {null};
            new DojReader().read(source, new DojReader.Listener() {
                @Override
                public void row(DojRecord r) {
                    String id = r.value(DojColumn.SUBJECT_ID);
                    if (subject[0] != null && !id.equals(subject[0])) {
                        rows[0] += person(person, county, granted, random, csv, counts);
                        person.clear();
                    }
                    subject[0] = id;
                    person.add(r.fields());
                }

                @Override
                public void problem(RowProblem problem) {
                    // a row the reader sets aside is left out of the pull too
                }
            }, () -> false);
            rows[0] += person(person, county, granted, random, csv, counts);
            int round = 0;
            while (rows[0] < targetRows) {
                long before = rows[0];
                rows[0] += topUp(source, csv, targetRows - rows[0], ++round);
                if (rows[0] == before) {
                    break;
                }
            }
        }
        return new Generated(out, rows[0], counts[0], counts[1], counts[2], counts[3], counts[4]);
    }

    /** Writes one person's rows as the later pull has them; returns the rows written. */
    private static long person(List<String[]> rows, String county, Map<String, Outcome> granted,
                               SplittableRandom random, CsvWriter csv, int[] counts) {
        if (rows.isEmpty()) {
            return 0;
        }
        String subject = clean(rows.get(0)[DojColumn.SUBJECT_ID.index()]);
        Map<String, Outcome> mine = new LinkedHashMap<>();
        for (String[] r : rows) {
            String count = clean(r[DojColumn.CNT_ORDER.index()]);
            Outcome o = granted != null ? granted.get(subject + '\u001F' + count) : guess(r, county);
            if (o != null && !mine.containsKey(count)) {
                mine.put(count, o);
            }
        }
        if (!mine.isEmpty() && random.nextInt(100) < 10) {
            counts[2] += mine.size();
            return 0; // the person is in no row of the pull
        }
        Map<String, String> fate = new LinkedHashMap<>();
        for (String count : mine.keySet()) {
            int k = random.nextInt(100);
            String f = k < 50 ? "change" : k < 67 ? "remove" : "keep";
            fate.put(count, f);
            counts[f.equals("change") ? 0 : f.equals("remove") ? 1 : 3]++;
        }
        long written = 0;
        for (String[] r : rows) {
            String count = clean(r[DojColumn.CNT_ORDER.index()]);
            String f = fate.get(count);
            if ("remove".equals(f)) {
                continue;
            }
            if ("change".equals(f)) {
                relief(r, mine.get(count), random);
            }
            csv.writeRecord(r);
            written++;
        }
        if (random.nextInt(300) == 0) {
            String[] added = newConviction(rows.get(rows.size() - 1), county, random);
            csv.writeRecord(added);
            written++;
            counts[4]++;
        }
        return written;
    }

    /** Writes up to {@code missing} rows of the source's people as new people (new SUBJECT_ID and CII). */
    private static long topUp(Path source, CsvWriter csv, long missing, int round) throws IOException {
        long[] written = {0};
        try {
            new DojReader().read(source, new DojReader.Listener() {
                @Override
                public void row(DojRecord r) {
                    if (written[0] >= missing) {
                        return;
                    }
                    String[] f = r.fields();
                    f[DojColumn.SUBJECT_ID.index()] = round + "9" + clean(f[DojColumn.SUBJECT_ID.index()]);
                    String cii = "N" + round + clean(f[DojColumn.CII_NUMBER.index()]).replaceAll("[^0-9]", "");
                    f[DojColumn.CII_NUMBER.index()] = cii;
                    f[DojColumn.REQ_CII_NUMBER.index()] = cii;
                    csv.writeRecord(f);
                    written[0]++;
                }

                @Override
                public void problem(RowProblem problem) {
                    // set aside in the source, left out here too
                }
            }, () -> written[0] >= missing);
        } catch (java.util.concurrent.CancellationException enough) {
            // the pull has its rows
        }
        return written[0];
    }

    /** Every Prop 64 conviction of the county is taken as granted: felonies reduced, the others dismissed. */
    private static Outcome guess(String[] r, String county) {
        if (!clean(r[DojColumn.DISP_DESCR.index()]).toUpperCase(Locale.ROOT).startsWith("CONVICTED")
                || !clean(r[DojColumn.STP_ORI_CNTY_NAME.index()]).equalsIgnoreCase(county)) {
            return null;
        }
        var section = CodeSection.fromCharge(clean(r[DojColumn.OFFENSE_DESCR.index()]));
        if (section.isEmpty() || !section.get().isProp64() || section.get().attempt()) {
            return null;
        }
        return clean(r[DojColumn.CONV_STAT_DESCR.index()]).equalsIgnoreCase("FELONY") ? Outcome.REDUCE
                : Outcome.DISMISS;
    }

    /** A count as DOJ records its relief: dismissed (no longer convicted, or noted), or now a misdemeanor. */
    private static void relief(String[] r, Outcome o, SplittableRandom random) {
        if (o == Outcome.DISMISS) {
            if (random.nextBoolean()) {
                if (clean(r[DojColumn.DISP_DESCR.index()]).toUpperCase(Locale.ROOT).startsWith("CONVICTED")) {
                    r[DojColumn.DISP_DESCR.index()] = "DISMISSED/SEALED";
                }
            } else {
                r[DojColumn.COMMENT_TEXT.index()] = "PROP 64 RELIEF GRANTED 11361.8 HS";
            }
        } else if (random.nextBoolean()) {
            r[DojColumn.CONV_STAT_DESCR.index()] = "MISDEMEANOR";
            r[DojColumn.OFFENSE_TOC.index()] = "M";
        } else {
            r[DojColumn.COMMENT_TEXT.index()] = "REDUCED TO MISD PER 11361.8 HS";
        }
    }

    /** A Prop 64 conviction the first file did not have: a new cycle of the same person, in the county. */
    private static String[] newConviction(String[] last, String county, SplittableRandom random) {
        String[] r = last.clone();
        String cycle = Integer.toString(900 + random.nextInt(99));
        r[DojColumn.CNT_ORDER.index()] = cycle + "002001000";
        r[DojColumn.CYC_ORDER.index()] = cycle;
        r[DojColumn.STP_TYPE_DESCR.index()] = "COURT ACTION";
        r[DojColumn.STP_ORI_CNTY_NAME.index()] = county;
        r[DojColumn.STP_EVENT_DATE.index()] = "2014" + String.format(Locale.ROOT, "%02d%02d", 1 + random.nextInt(12),
                1 + random.nextInt(28));
        r[DojColumn.CYC_DATE.index()] = r[DojColumn.STP_EVENT_DATE.index()];
        r[DojColumn.DISP_DATE.index()] = r[DojColumn.STP_EVENT_DATE.index()];
        r[DojColumn.OFFENSE_DESCR.index()] = "11357(B) HS-POSSESS MARIJUANA";
        r[DojColumn.DISP_DESCR.index()] = "CONVICTED-FINE";
        r[DojColumn.CONV_STAT_DESCR.index()] = "MISDEMEANOR";
        r[DojColumn.OFFENSE_TOC.index()] = "M";
        r[DojColumn.OFN.index()] = Integer.toString(900_000 + random.nextInt(99_999));
        r[DojColumn.COMMENT_TEXT.index()] = "";
        return r;
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }
}
