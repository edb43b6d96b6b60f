package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AppInfo;
import org.reliefdesk.app.DateStyle;
import org.reliefdesk.app.OfficeDetails;
import org.reliefdesk.export.FollowUpItem;
import org.reliefdesk.export.OutputFolder;
import org.reliefdesk.export.excel.DojFollowUpWorkbookWriter;
import org.reliefdesk.export.pdf.DojCoverLetterWriter;
import org.reliefdesk.export.pdf.Letterhead;
import org.reliefdesk.export.pdf.OrdersRequestWriter;
import org.reliefdesk.export.pdf.PaperSetup;
import org.reliefdesk.export.pdf.PleadingFonts;
import org.reliefdesk.store.ExportRecordRepository;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.PullRepository;
import org.reliefdesk.store.Workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Follow-up papers (follow-through.md, "Follow-up papers and figures"): to the court, a request to enter the orders on
 * convictions filed more than N days (default 60) before an as-of date with no order, grouped by filing and docket;
 * to DOJ, a workbook of the granted orders the latest pull does not show (NOT_YET_IN_DOJ) with DOJ's keys, and a cover
 * letter citing H&S 11361.9. Papers are stamped with the audit reference and recorded like court papers.
 */
public final class FollowUpService {
    /** The default wait before asking the court for its orders. */
    public static final int DEFAULT_DAYS = 60;
    private final PaperRecords papers;
    private final StatusService statuses;

    FollowUpService(PaperRecords papers, StatusService statuses) {
        this.papers = papers;
        this.statuses = statuses;
    }

    /** What to write (a null path is not written); {@code dates}: how the papers show dates (null: the default). */
    public record Request(LocalDate asOf, int olderThan, Path courtLetter, Path dojList, Path dojLetter,
                          DateStyle dates) {
        public Request {
            dates = dates == null ? DateStyle.DEFAULT : dates;
        }

        public Request(LocalDate asOf, int olderThan, Path courtLetter, Path dojList, Path dojLetter) {
            this(asOf, olderThan, courtLetter, dojList, dojLetter, DateStyle.DEFAULT);
        }
    }

    /** What is waiting, and the files written. */
    public record Result(int waiting, int filingsWaiting, int notYetInDoj, LocalDate latestPull, List<Path> files) {
    }

    /** Counts what follow-up papers would list, writing nothing. */
    public Result count(Workspace workspace, LocalDate asOf, int olderThan) throws FollowThroughException {
        Waiting w = waiting(workspace, asOf, olderThan);
        return new Result(w.court.values().stream().mapToInt(List::size).sum(), w.court.size(), w.doj.size(),
                w.latestPull, List.of());
    }

    public Result write(Workspace workspace, Request r) throws FollowThroughException, IOException {
        if (r.courtLetter() == null && r.dojList() == null && r.dojLetter() == null) {
            throw FollowThroughException.bad("Nothing to write: name the request to the court (--court-letter) or the "
                    + "list for DOJ (--doj-list).");
        }
        Letterhead office = letterhead(workspace);
        Waiting w = waiting(workspace, r.asOf(), r.olderThan());
        Map<Integer, ConvictionFacts.Facts> facts = ConvictionFacts.of(workspace, null);
        PaperRecords.Begun begun = papers.begin(workspace, "follow-up papers as of " + r.asOf());
        PaperSetup paper = new PaperSetup(office, r.dates(), begun.madeAt().atZone(ZoneId.systemDefault()),
                "ReliefDesk " + AppInfo.version());
        List<Path> written = new ArrayList<>();
        List<ExportRecordRepository.NewFile> recorded = new ArrayList<>();
        Path courtAbs = abs(r.courtLetter());
        Path listAbs = abs(r.dojList());
        Path letterAbs = abs(r.dojLetter());
        for (Path p : new Path[] {courtAbs, listAbs, letterAbs}) {
            if (p != null && Files.isDirectory(p)) {
                throw FollowThroughException.bad(p + " is a folder; give a file name.");
            }
        }
        Map<Path, OutputFolder> folders = new LinkedHashMap<>();
        try (PleadingFonts fonts = new PleadingFonts()) {
            if (courtAbs != null) {
                OrdersRequestWriter request = new OrdersRequestWriter(fonts, paper);
                request.stamp(begun.stamp());
                StringBuilder refs = new StringBuilder();
                for (Map.Entry<FilingRepository.Filing, List<StatusLine>> e : w.court.entrySet()) {
                    List<FollowUpItem> items = new ArrayList<>();
                    for (StatusLine s : e.getValue()) {
                        ConvictionFacts.Facts f = facts.get(s.ref());
                        if (f != null) {
                            items.add(f.item(ConvictionFacts.words(s.relief()), f.convictionDate()));
                            refs.append(refs.length() == 0 ? "" : ",").append(s.ref())
                                    .append(s.relief() == org.reliefdesk.rules.Outcome.DISMISS ? "D" : "R");
                        }
                    }
                    request.add(new OrdersRequestWriter.Filing(e.getKey().id(), LocalDate.parse(e.getKey().filedOn()),
                            e.getKey().docket(), items));
                }
                try (OutputStream out = open(folders, courtAbs)) {
                    request.write(out, r.asOf(), r.olderThan());
                }
                recorded.add(new ExportRecordRepository.NewFile("FOLLOW_UP_COURT", courtAbs.getFileName().toString(),
                        "", 0, refs.toString()));
                written.add(courtAbs);
            }
            List<FollowUpItem> dojItems = new ArrayList<>();
            StringBuilder dojRefs = new StringBuilder();
            for (StatusLine s : w.doj) {
                ConvictionFacts.Facts f = facts.get(s.ref());
                if (f != null) {
                    dojItems.add(f.item(ConvictionFacts.words(s.granted()), s.orderDate()));
                    dojRefs.append(dojRefs.length() == 0 ? "" : ",").append(s.ref())
                            .append(s.granted() == org.reliefdesk.rules.Outcome.DISMISS ? "D" : "R");
                }
            }
            String listName = listAbs == null ? "the enclosed list" : listAbs.getFileName().toString();
            if (listAbs != null) {
                try (DojFollowUpWorkbookWriter book = new DojFollowUpWorkbookWriter()) {
                    book.stamp(begun.stamp());
                    book.letter(letterText(office, r.asOf(), dojItems.size(), listName, w.latestPull));
                    dojItems.forEach(book::order);
                    book.finish(open(folders, listAbs));
                }
                recorded.add(new ExportRecordRepository.NewFile("FOLLOW_UP_DOJ", listName, "", 0, dojRefs.toString()));
                written.add(listAbs);
            }
            if (letterAbs != null) {
                DojCoverLetterWriter letter = new DojCoverLetterWriter(fonts, paper);
                letter.stamp(begun.stamp());
                try (OutputStream out = open(folders, letterAbs)) {
                    letter.write(out, r.asOf(), dojItems.size(), listName, w.latestPull);
                }
                recorded.add(new ExportRecordRepository.NewFile("DOJ_LETTER", letterAbs.getFileName().toString(), "", 0,
                        dojRefs.toString()));
                written.add(letterAbs);
            }
            List<ExportRecordRepository.NewFile> hashed = new ArrayList<>();
            for (int i = 0; i < recorded.size(); i++) {
                ExportRecordRepository.NewFile f = recorded.get(i);
                Path part = folders.get(written.get(i).getParent()).partFile(written.get(i).getFileName().toString());
                hashed.add(new ExportRecordRepository.NewFile(f.kind(), f.fileName(), FileHashes.sha256(part),
                        Files.size(part), f.refs()));
            }
            papers.record(workspace, new org.reliefdesk.store.RunRepository(workspace).latest()
                    .map(org.reliefdesk.store.RunRepository.Run::id).orElse(0), begun, hashed);
            for (OutputFolder f : folders.values()) {
                f.commit();
            }
        } finally {
            for (OutputFolder f : folders.values()) {
                f.close();
            }
        }
        return new Result(w.court.values().stream().mapToInt(List::size).sum(), w.court.size(), w.doj.size(),
                w.latestPull, written);
    }

    /** The paragraphs of the cover letter, as the workbook's first sheet carries them. */
    static List<String> letterText(Letterhead office, LocalDate asOf, int orders, String listName, LocalDate pulled) {
        return List.of("Office of the District Attorney, " + office.county() + " County — " + asOf,
                "To the California Department of Justice, Bureau of Criminal Information and Analysis",
                "Re: Court orders granting relief under Health and Safety Code section 11361.9 not yet reflected in "
                        + "the state summary criminal history",
                String.format(Locale.ROOT, "Under Health and Safety Code section 11361.9, the Superior Court of "
                        + "California granted the %,d order%s listed on the sheet \"%s\" of %s. Section 11361.9 "
                        + "requires the Department to update its records once it is notified of such orders.", orders,
                        orders == 1 ? "" : "s", DojFollowUpWorkbookWriter.ORDERS, listName),
                pulled == null ? "Our records do not show these orders in the Department's research file yet."
                        : "The research file the Department produced for this county on " + pulled + " still shows "
                        + "each of these convictions unchanged.",
                "We ask that the Department update its records accordingly. " + office.deputyName()
                        + ", Deputy District Attorney, for " + office.daName() + ", District Attorney; "
                        + office.phone() + ", " + office.email() + ".");
    }

    private static OutputStream open(Map<Path, OutputFolder> folders, Path file) throws IOException {
        OutputFolder f = folders.get(file.getParent());
        if (f == null) {
            f = new OutputFolder(file.getParent());
            folders.put(file.getParent(), f);
        }
        return f.open(file.getFileName().toString());
    }

    private static Path abs(Path p) {
        return p == null ? null : p.toAbsolutePath().normalize();
    }

    /** What waits: on the court (by filing, oldest first) and on DOJ (not yet in the latest pull). */
    private record Waiting(Map<FilingRepository.Filing, List<StatusLine>> court, List<StatusLine> doj,
                           LocalDate latestPull) {
    }

    private Waiting waiting(Workspace workspace, LocalDate asOf, int olderThan) throws FollowThroughException {
        if (asOf == null) {
            throw FollowThroughException.bad("Give the as-of date of the follow-up.");
        }
        if (olderThan < 0) {
            throw FollowThroughException.bad("The number of days must be 0 or more, not " + olderThan + ".");
        }
        Map<Long, FilingRepository.Filing> filings = new TreeMap<>();
        new FilingRepository(workspace).filings().forEach(f -> filings.put(f.id(), f));
        Map<FilingRepository.Filing, List<StatusLine>> court = new LinkedHashMap<>();
        List<StatusLine> doj = new ArrayList<>();
        LocalDate cutoff = asOf.minusDays(olderThan);
        List<StatusLine> all = new ArrayList<>(statuses.all(workspace).values());
        all.sort(Comparator.comparingInt(StatusLine::ref));
        for (StatusLine s : all) {
            if (s.openFiling() && s.filedOn() != null && s.filedOn().isBefore(cutoff)) {
                court.computeIfAbsent(filings.get(s.filingId()), k -> new ArrayList<>()).add(s);
            } else if (s.status() == ConvictionStatus.NOT_YET_IN_DOJ) {
                doj.add(s);
            }
        }
        Map<FilingRepository.Filing, List<StatusLine>> sorted = new LinkedHashMap<>();
        court.keySet().stream().sorted(Comparator.comparingLong(FilingRepository.Filing::id))
                .forEach(k -> sorted.put(k, court.get(k)));
        List<PullRepository.Pull> pulls = new PullRepository(workspace).pulls();
        LocalDate latest = pulls.isEmpty() ? null : LocalDate.parse(pulls.get(pulls.size() - 1).pulledOn());
        return new Waiting(sorted, doj, latest);
    }

    private static Letterhead letterhead(Workspace workspace) throws FollowThroughException {
        String json = workspace.info(OfficeDetails.WORKSPACE_KEY);
        if (json == null) {
            throw FollowThroughException.bad("The office details are missing: enter them (Edit › Office details, or "
                    + "export --office FILE) before writing follow-up papers.");
        }
        OfficeDetails o;
        try {
            o = OfficeDetails.parse(json, "the workspace");
        } catch (OfficeDetails.InvalidException e) {
            throw FollowThroughException.bad(e.getMessage());
        }
        if (!o.missingKeys().isEmpty()) {
            throw FollowThroughException.bad("The office details lack " + String.join(", ", o.missingKeys())
                    + "; fill them in before writing follow-up papers.");
        }
        return new Letterhead(o.county(), o.courtName(), o.courtAddress(), o.daName(), o.deputyName(), o.barNumber(),
                o.officeAddress(), o.phone(), o.email());
    }
}
