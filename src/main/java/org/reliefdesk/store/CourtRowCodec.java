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

    /** Appends a row (rows of a block are consecutive: only the line is written, as a step from the last). */
    static void append(Bytes block, long lastLine, CourtRow r) {
        block.varint(r.line() - lastLine);
        block.string(r.caseNumber());
        block.string(r.name());
        block.string(iso(r.dob()));
        block.string(r.cii());
        block.string(r.ssn());
        block.string(r.cdl());
        block.string(r.fbi());
        block.string(r.section());
        block.string(r.levelRaw());
        block.raw(r.level().ordinal());
        block.string(r.disposition());
        block.raw(r.conviction() ? 1 : 0);
        block.string(iso(r.dispositionDate()));
        block.string(iso(r.offenseDate()));
    }

    /** Calls {@code each} for every row of a block whose first row has index {@code firstRow}. */
    static void forEach(byte[] data, long firstRow, int rowCount, Consumer<CourtRow> each) {
        Bytes.Reader in = new Bytes.Reader(data);
        long line = 0;
        for (int i = 0; i < rowCount; i++) {
            line += in.varint();
            each.accept(read(in, firstRow + i, line));
        }
    }

    private static CourtRow read(Bytes.Reader in, long rowIndex, long line) {
        String caseNumber = in.string();
        String name = in.string();
        LocalDate dob = date(in.string());
        String cii = in.string();
        String ssn = in.string();
        String cdl = in.string();
        String fbi = in.string();
        String section = in.string();
        String levelRaw = in.string();
        Level level = LEVELS[in.rawByte()];
        String disposition = in.string();
        boolean conviction = in.rawByte() != 0;
        LocalDate disp = date(in.string());
        LocalDate offense = date(in.string());
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
