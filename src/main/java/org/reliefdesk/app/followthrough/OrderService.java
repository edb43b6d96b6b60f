package org.reliefdesk.app.followthrough;

import org.reliefdesk.app.AuditService;
import org.reliefdesk.store.ConvictionEventRepository;
import org.reliefdesk.store.FilingRepository;
import org.reliefdesk.store.Workspace;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Court orders back (follow-through.md): the bulk order that grants a filing as a whole on a date, with the
 * references the court excepted (denied or continued); and the court's own list of orders, matched row by row
 * ({@link CourtListMatcher}). An order for a filing that does not exist, or dated before its filing or after today,
 * is refused and nothing changes.
 */
public final class OrderService {
    private final Clock clock;
    private final ZoneId zone;
    private final AuditService audit;
    private final StatusService statuses;

    public OrderService(Clock clock, ZoneId zone, AuditService audit, StatusService statuses) {
        this.clock = clock;
        this.zone = zone;
        this.audit = audit;
        this.statuses = statuses;
    }

    /** What a bulk order recorded: counts only. */
    public record Ordered(long orderId, long filingId, LocalDate orderDate, int granted, int denied, int continued) {
    }

    /**
     * Records the court's order on a whole filing: every conviction of it still waiting for an order is granted on
     * {@code orderDate}, except those in {@code excepted} (DENIED or CONTINUED each).
     */
    public Ordered recordBulk(Workspace workspace, long filingId, LocalDate orderDate,
                              Map<Integer, OrderResult> excepted) throws FollowThroughException {
        return recordBulk(workspace, filingId, orderDate, excepted, null);
    }

    /** As above, recorded under {@code user}'s name (null: the computer's user). */
    public Ordered recordBulk(Workspace workspace, long filingId, LocalDate orderDate,
                              Map<Integer, OrderResult> excepted, String user) throws FollowThroughException {
        FilingRepository filings = new FilingRepository(workspace);
        FilingRepository.Filing filing = filings.filing(filingId).orElseThrow(() -> FollowThroughException.bad(
                "There is no filing " + filingId + " in this workspace: record the filing first (its number is shown "
                        + "when it is recorded)."));
        LocalDate filedOn = LocalDate.parse(filing.filedOn());
        checkDate(orderDate, filedOn, filingId);
        List<Integer> inFiling = new ArrayList<>();
        for (ConvictionEventRepository.Event e : new ConvictionEventRepository(workspace)
                .ofSource(ConvictionEventRepository.FILED, filingId)) {
            inFiling.add(e.ref());
        }
        Map<Integer, StatusLine> now = statuses.of(workspace, inFiling);
        Set<Integer> open = new LinkedHashSet<>();
        for (int ref : inFiling) {
            StatusLine s = now.get(ref);
            if (s.openFiling() && s.filingId() == filingId) {
                open.add(ref);
            }
        }
        if (open.isEmpty()) {
            throw FollowThroughException.bad("Every conviction of filing " + filingId + " already has an order (or "
                    + "was filed again since): there is nothing left for this order.");
        }
        List<Integer> unknown = new ArrayList<>();
        for (Map.Entry<Integer, OrderResult> e : excepted.entrySet()) {
            if (e.getValue() != OrderResult.DENIED && e.getValue() != OrderResult.CONTINUED) {
                throw FollowThroughException.bad("An exception to a bulk order is denied or continued, not "
                        + e.getValue().name().toLowerCase(java.util.Locale.ROOT) + " (" + Refs.format(e.getKey())
                        + ").");
            }
            if (!open.contains(e.getKey())) {
                unknown.add(e.getKey());
            }
        }
        if (!unknown.isEmpty()) {
            throw FollowThroughException.bad(FilingService.shown(unknown) + (unknown.size() == 1 ? " is" : " are")
                    + " not waiting for an order in filing " + filingId + ": check the list of exceptions.");
        }
        List<ConvictionEventRepository.NewEvent> events = new ArrayList<>();
        int[] counts = new int[3];
        for (int ref : open) {
            OrderResult r = excepted.getOrDefault(ref, OrderResult.GRANTED);
            counts[r == OrderResult.GRANTED ? 0 : r == OrderResult.DENIED ? 1 : 2]++;
            events.add(new ConvictionEventRepository.NewEvent(ref, r.name(), now.get(ref).relief().name(),
                    orderDate.toString(), ""));
        }
        long id = filings.recordOrder(filingId, "BULK", orderDate.toString(), "bulk order on filing " + filingId,
                who(user), Instant.now(clock).toString(), events, () -> audit.record(workspace, "court-order",
                        "bulk order of " + orderDate + " on filing " + filingId + ": " + counts[0] + " granted, "
                                + counts[1] + " denied, " + counts[2] + " continued"));
        return new Ordered(id, filingId, orderDate, counts[0], counts[1], counts[2]);
    }

    /**
     * Records the court's list of orders: rows matched to filed convictions (by reference, else by case number, base
     * section and identity) are recorded as one order; rows that match nothing, several, a conviction never filed
     * or one already ordered are reported with file and line and change nothing. A result value the mapping does
     * not name refuses the whole list.
     */
    public CourtListOutcome recordList(Workspace workspace, String source, List<CourtListRow> rows,
                                       Map<String, OrderResult> resultValues) throws FollowThroughException {
        return recordList(workspace, source, rows, resultValues, null);
    }

    /** As above, recorded under {@code user}'s name (null: the computer's user). */
    public CourtListOutcome recordList(Workspace workspace, String source, List<CourtListRow> rows,
                                       Map<String, OrderResult> resultValues, String user)
            throws FollowThroughException {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        CourtListOutcome outcome = new CourtListMatcher(workspace, statuses).match(rows, resultValues, today);
        if (!outcome.events().isEmpty()) {
            List<ConvictionEventRepository.NewEvent> events = outcome.events();
            String latest = events.stream().map(ConvictionEventRepository.NewEvent::eventDate).max(String::compareTo)
                    .orElseThrow();
            long id = new FilingRepository(workspace).recordOrder(null, "LIST", latest, source, who(user),
                    Instant.now(clock).toString(), events, () -> audit.record(workspace, "court-order",
                            "court's list " + source + ": " + events.size() + " orders recorded, "
                                    + outcome.problems().size() + " rows set aside"));
            return outcome.withOrderId(id);
        }
        return outcome;
    }

    /**
     * Reads the court's list of orders from a CSV or workbook through {@code mapping} and records it as
     * {@link #recordList} does; rows the file reader sets aside are reported with the others. The mapping is kept
     * in the workspace under its name, with the file's headers, so the next list with those headers finds it.
     */
    public CourtListOutcome recordListFile(Workspace workspace, java.nio.file.Path file, OrdersMapping mapping,
                                           String user) throws FollowThroughException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw FollowThroughException.none("There is no file at " + file + ".");
        }
        CourtListReader.Read read;
        try {
            read = CourtListReader.read(file, mapping, LocalDate.now(clock.withZone(zone)));
        } catch (org.reliefdesk.tabular.TableException e) {
            throw FollowThroughException.bad(e.getMessage());
        } catch (java.io.IOException e) {
            throw FollowThroughException.none("The file " + file + " cannot be read: " + e.getMessage() + ".");
        }
        CourtListOutcome outcome = recordList(workspace, read.fileName() + " (SHA-256 " + read.sha256() + ")",
                read.rows(), mapping.results(), user);
        new org.reliefdesk.store.MappingRepository(workspace).save(new org.reliefdesk.store.MappingRepository
                .SavedMapping(OrdersMapping.KIND, mapping.name(), read.headers(), mapping.toJson(),
                Instant.now(clock).toString()));
        List<CourtListOutcome.Problem> all = new ArrayList<>(outcome.problems());
        all.addAll(read.problems());
        all.sort(java.util.Comparator.comparingLong(CourtListOutcome.Problem::line));
        return new CourtListOutcome(outcome.orderId(), outcome.byResult(), List.copyOf(all), outcome.events());
    }

    private String who(String user) {
        return user == null || user.isBlank() ? audit.user() : user.strip();
    }

    private void checkDate(LocalDate orderDate, LocalDate filedOn, long filingId) throws FollowThroughException {
        if (orderDate == null) {
            throw FollowThroughException.bad("Give the date of the court's order.");
        }
        if (orderDate.isBefore(filedOn)) {
            throw FollowThroughException.bad("The order date " + orderDate + " is before filing " + filingId + " was "
                    + "filed (" + filedOn + "): a court orders on papers already filed.");
        }
        LocalDate today = LocalDate.now(clock.withZone(zone));
        if (orderDate.isAfter(today)) {
            throw FollowThroughException.bad("The order date " + orderDate + " is after today (" + today + "): record "
                    + "an order once it is signed.");
        }
    }
}
