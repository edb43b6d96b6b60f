package org.reliefdesk.app;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.link.CourtPerson;
import org.reliefdesk.store.CourtPersonRepository;
import org.reliefdesk.store.CourtRepository;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of every court file gathered into court persons by their grouping key (court-records.md; decision 0014),
 * as the rows come: while a file is read, so it is not read back for linking. Files must come in import order and
 * each file's rows in row order, which numbers the persons in order of their first row, as they are stored. Members
 * are kept as a person number per row, not as objects.
 */
final class CourtGroups {
    /** A court file as grouping needs it: its import id, file name (for {@code file:line}) and court county. */
    record File(int id, String fileName, String county) {
        static File of(CourtRepository.CourtBatch b) {
            return new File(b.id(), b.fileName(), b.county());
        }
    }

    /** A file's rows: the person number of each (the first {@code count} entries are used). */
    private static final class Rows {
        final File file;
        int[] personOf;
        int count;

        Rows(File file, int capacity) {
            this.file = file;
            this.personOf = new int[capacity];
        }
    }

    private final Map<String, Integer> numbers = new HashMap<>();
    private final List<Group> groups = new ArrayList<>();
    private final List<Rows> files = new ArrayList<>();

    /** The court persons of the files already stored, read back from the workspace. */
    static CourtGroups of(CourtRepository court, List<CourtRepository.CourtBatch> batches) {
        CourtGroups g = new CourtGroups();
        for (CourtRepository.CourtBatch b : batches) {
            File f = File.of(b);
            g.startFile(f, b.rowsAccepted());
            court.forEachRow(b.id(), row -> g.add(f, row));
        }
        return g;
    }

    /** Starts the rows of the next file; {@code expectedRows} sizes its table (-1 when not known yet). */
    void startFile(File file, long expectedRows) {
        if (!files.isEmpty() && files.get(files.size() - 1).file.id() >= file.id()) {
            throw new IllegalArgumentException("court files must come in import order");
        }
        files.add(new Rows(file, (int) Math.max(16, expectedRows)));
    }

    /** Adds the next row of the file started last. */
    void add(File file, CourtRow row) {
        Rows rows = files.isEmpty() ? null : files.get(files.size() - 1);
        if (rows == null || rows.file != file) {
            throw new IllegalArgumentException("rows must come for the file started last");
        }
        if (row.rowIndex() != rows.count) {
            throw new IllegalArgumentException("court rows must come in order: expected row " + rows.count);
        }
        String key = row.groupKey(file.id() + ":" + row.rowIndex());
        Integer n = numbers.get(key);
        if (n == null) {
            n = groups.size();
            numbers.put(key, n);
            groups.add(new Group(key));
        }
        groups.get(n).add(file, row);
        if (rows.count == rows.personOf.length) {
            rows.personOf = Arrays.copyOf(rows.personOf, rows.count + (rows.count >> 1));
        }
        rows.personOf[rows.count++] = n;
    }

    /** The court counties of the files, in which case numbers are compared. */
    Set<String> counties() {
        Set<String> out = new HashSet<>();
        files.forEach(f -> out.add(f.file.county()));
        return out;
    }

    int size() {
        return groups.size();
    }

    /** The persons, in order of their first row, with their member rows; each is handed over once and let go. */
    void forEachPerson(PersonVisitor each) {
        numbers.clear();
        int[] start = new int[groups.size() + 1];
        for (Rows rows : files) {
            for (int r = 0; r < rows.count; r++) {
                start[rows.personOf[r] + 1]++;
            }
        }
        for (int g = 0; g < groups.size(); g++) {
            start[g + 1] += start[g];
        }
        long[] refs = new long[start[groups.size()]];
        int[] fill = Arrays.copyOf(start, groups.size());
        for (Rows rows : files) {
            for (int r = 0; r < rows.count; r++) {
                refs[fill[rows.personOf[r]]++] = CourtPersonRepository.pack(rows.file.id(), r);
            }
            rows.personOf = null;
        }
        for (int n = 0; n < groups.size(); n++) {
            Group g = groups.get(n);
            groups.set(n, null);
            each.person(g, refs, start[n], start[n + 1]);
        }
    }

    /** Receives one court person; its member rows are {@code refs[from, to)}, packed. */
    interface PersonVisitor {
        void person(Group group, long[] refs, int from, int to);
    }

    /** One court person being gathered: identity values for its subject row (the first non-blank of each). */
    static final class Group {
        private static final DateTimeFormatter YMD = DateTimeFormatter.BASIC_ISO_DATE;
        final CourtPerson person;
        String firstRef;
        String name = "";
        String dob = "";
        String cii = "";
        String ssn = "";
        String cdl = "";
        String fbi = "";

        Group(String key) {
            person = new CourtPerson(key);
        }

        void add(File f, CourtRow r) {
            if (firstRef == null) {
                firstRef = f.fileName() + ":" + r.line();
            }
            person.add(r, f.county());
            name = name.isEmpty() ? r.name() : name;
            dob = dob.isEmpty() && r.dob() != null ? r.dob().format(YMD) : dob;
            cii = cii.isEmpty() ? r.cii() : cii;
            ssn = ssn.isEmpty() ? r.ssn() : ssn;
            cdl = cdl.isEmpty() ? r.cdl() : cdl;
            fbi = fbi.isEmpty() ? r.fbi() : fbi;
        }
    }
}
