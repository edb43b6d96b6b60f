package org.reliefdesk.store;

import org.reliefdesk.court.CourtRow;
import org.reliefdesk.history.Level;

import java.time.LocalDate;
import java.util.function.Consumer;

/** Packs court rows, as read through their mapping, into blocks of consecutive rows, and reads them back. */
final class CourtRowCodec {
    private static final Level[] LEVELS = Level.values();

    private CourtRowCodec() {
    }

    /**
     * Appends a row (rows of a block are consecutive: only the line is written, as a step from the last). The row's
     * length comes first and the identity values last, so a reader after convictions only can skip the others and the
     * identity values of the rest without decoding them.
     */
    static void append(Bytes block, long lastLine, CourtRow r) {
        Bytes row = ROW.get();
        row.clear();
        row.raw(r.conviction() ? 1 : 0);
        row.raw(r.level().ordinal());
        row.string(r.caseNumber());
        row.string(r.section());
        row.string(r.levelRaw());
        row.string(r.disposition());
        row.string(iso(r.dispositionDate()));
        row.string(iso(r.offenseDate()));
        int identity = row.size();
        row.string(r.name());
        row.string(iso(r.dob()));
        row.string(r.cii());
        row.string(r.ssn());
        row.string(r.cdl());
        row.string(r.fbi());
        block.varint(r.line() - lastLine);
        block.varint(row.size());
        block.varint(identity);
        block.append(row);
    }

    private static final ThreadLocal<Bytes> ROW = ThreadLocal.withInitial(() -> new Bytes(512));

    /** Calls {@code each} for every row of a block whose first row has index {@code firstRow}. */
    static void forEach(byte[] data, long firstRow, int rowCount, Consumer<CourtRow> each) {
        Bytes.Reader in = new Bytes.Reader(data);
        long line = 0;
        for (int i = 0; i < rowCount; i++) {
            line += in.varint();
            in.varint();
            in.varint();
            each.accept(read(in, firstRow + i, line, true));
        }
    }

    /**
     * Calls {@code each} for the conviction rows of a block only, without their identity values (name, DOB, CII, SSN,
     * licence and FBI number come back blank): what a run needs to decide them.
     */
    static void forEachConviction(byte[] data, long firstRow, int rowCount, Consumer<CourtRow> each) {
        Bytes.Reader in = new Bytes.Reader(data);
        long line = 0;
        for (int i = 0; i < rowCount; i++) {
            line += in.varint();
            int length = (int) in.varint();
            int identity = (int) in.varint();
            int start = in.position();
            if (in.buffer()[start] == 0) {
                in.skip(length);
                continue;
            }
            CourtRow r = read(in, firstRow + i, line, false);
            in.skip(length - identity);
            each.accept(r);
        }
    }

    private static CourtRow read(Bytes.Reader in, long rowIndex, long line, boolean withIdentity) {
        boolean conviction = in.rawByte() != 0;
        Level level = LEVELS[in.rawByte()];
        String caseNumber = in.string();
        String section = in.string();
        String levelRaw = in.string();
        String disposition = in.string();
        LocalDate disp = date(in.string());
        LocalDate offense = date(in.string());
        if (!withIdentity) {
            return new CourtRow(rowIndex, line, caseNumber, "", null, "", "", "", "", section, levelRaw, level,
                    disposition, conviction, disp, offense);
        }
        String name = in.string();
        LocalDate dob = date(in.string());
        String cii = in.string();
        String ssn = in.string();
        String cdl = in.string();
        String fbi = in.string();
        return new CourtRow(rowIndex, line, caseNumber, name, dob, cii, ssn, cdl, fbi, section, levelRaw, level,
                disposition, conviction, disp, offense);
    }

    private static String iso(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static LocalDate date(String iso) {
        return iso.isEmpty() ? null : LocalDate.parse(iso);
    }
}
