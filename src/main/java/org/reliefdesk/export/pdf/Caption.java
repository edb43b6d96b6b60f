package org.reliefdesk.export.pdf;

import java.io.IOException;
import java.util.List;

/**
 * The first-page caption of a California pleading (CRC 2.111): the attorney block from line 1, the court's title
 * on line 8, then the parties on the left and the case number and the paper's title (the section's heading) on the
 * right.
 */
final class Caption {
    private static final float HALF = 12;
    private static final float SPLIT = 236;

    private Caption() {
    }

    /** Draws the caption on a new page and leaves the cursor on the first free line below it. */
    static void draw(Pleading p, Letterhead office, List<String> defendants, String defendantsRole, String caseLine,
                     String title, List<String> notes) throws IOException {
        var f = p.fonts;
        p.newPage();
        float blockWidth = Pleading.TEXT_WIDTH * 0.62f;
        p.at(Pleading.line(1));
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, office.deputyName() + " (SBN " + office.barNumber()
                + ")");
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, "Deputy District Attorney");
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, office.daName() + ", District Attorney");
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, office.countyWords());
        for (String l : office.officeAddress().split("\\R")) {
            p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, l.strip());
        }
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, "Telephone: " + office.phone());
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, "Email: " + office.email());
        p.down(HALF);
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, "Attorneys for Plaintiff,");
        p.block(f.serif(), 11, Pleading.LEFT, blockWidth, HALF, "THE PEOPLE OF THE STATE OF CALIFORNIA");
        p.snap();
        p.toLine(8);
        p.centered("P", f.serifBold(), 12, "SUPERIOR COURT OF CALIFORNIA", Pleading.PITCH);
        p.centered("P", f.serifBold(), 12, office.countyLine(), Pleading.PITCH);
        p.down(Pleading.PITCH);

        float top = p.y();
        float leftX = Pleading.LEFT;
        float leftW = SPLIT - 8;
        p.block(f.serif(), 12, leftX, leftW, HALF, "THE PEOPLE OF THE STATE OF CALIFORNIA,");
        p.down(HALF);
        p.block(f.serif(), 12, leftX + 110, leftW - 110, HALF, "Plaintiff,");
        p.down(HALF);
        p.block(f.serif(), 12, leftX + 40, leftW - 40, HALF, "v.");
        p.down(HALF);
        for (String d : defendants) {
            p.block(f.serif(), 12, leftX, leftW, HALF, d);
        }
        p.down(HALF);
        p.block(f.serif(), 12, leftX + 110, leftW - 110, HALF, defendantsRole);
        float leftEnd = p.y();

        float rightX = Pleading.LEFT + SPLIT + 10;
        float rightW = Pleading.RIGHT - rightX;
        p.at(top);
        p.block(f.serif(), 12, rightX, rightW, HALF, caseLine);
        p.down(HALF);
        p.block("H1", f.serifBold(), 12, rightX, rightW, HALF, title);
        p.down(HALF);
        for (String n : notes) {
            p.block(f.serif(), 11, rightX, rightW, HALF, n);
        }
        float bottom = Math.min(leftEnd, p.y());
        p.rule(Pleading.LEFT + SPLIT, top + 12, Pleading.LEFT + SPLIT, bottom + 6, 0.75f);
        p.rule(Pleading.LEFT, bottom + 6, Pleading.LEFT + SPLIT, bottom + 6, 0.75f);
        p.at(bottom);
        p.snap();
        p.down(Pleading.PITCH);
    }

    /** "Dated:" and a signature line with the signer's name and role under it. */
    static void signature(Pleading p, String dateLabel, List<String> signer) throws IOException {
        var f = p.fonts;
        p.snap();
        p.ensure(Pleading.PITCH * 3);
        p.begin("P");
        p.text(f.serif(), 12, Pleading.LEFT, p.y(), dateLabel);
        p.end();
        float x = Pleading.LEFT + 250;
        p.down(Pleading.PITCH);
        p.rule(x, p.y() + 2, Pleading.RIGHT, p.y() + 2, 0.6f);
        p.down(HALF + 2);
        for (String s : signer) {
            p.block(f.serif(), 12, x, Pleading.RIGHT - x, HALF + 2, s);
        }
        p.snap();
    }
}
