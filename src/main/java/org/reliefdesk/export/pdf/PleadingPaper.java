package org.reliefdesk.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * What makes a page pleading paper (CRC 2.108): the rules down the left and right, the 28 line numbers, and the
 * footer rule with "Page X of Y" and the paper's title. All of it is marked as artifacts, not content: a screen
 * reader skips it and text copied from a page does not pick it up.
 */
final class PleadingPaper {
    private PleadingPaper() {
    }

    static void draw(PDPageContentStream p, PleadingFonts.Set fonts, int page, int total, String title)
            throws IOException {
        p.beginMarkedContent(COSName.ARTIFACT);
        p.setLineWidth(0.6f);
        p.moveTo(72, Pleading.HEIGHT);
        p.lineTo(72, 0);
        p.moveTo(75, Pleading.HEIGHT);
        p.lineTo(75, 0);
        p.moveTo(Pleading.RIGHT + 10, Pleading.HEIGHT);
        p.lineTo(Pleading.RIGHT + 10, 0);
        p.stroke();
        for (int n = 1; n <= Pleading.LINES; n++) {
            String num = Integer.toString(n);
            p.beginText();
            p.setFont(fonts.serif(), 10);
            p.newLineAtOffset(66 - TextFit.width(fonts.serif(), 10, num), Pleading.line(n));
            p.showText(num);
            p.endText();
        }
        p.setLineWidth(0.75f);
        p.moveTo(Pleading.LEFT, 56);
        p.lineTo(Pleading.RIGHT, 56);
        p.stroke();
        String number = "Page " + page + " of " + total;
        p.beginText();
        p.setFont(fonts.serif(), 10);
        p.newLineAtOffset(Pleading.LEFT + (Pleading.TEXT_WIDTH - TextFit.width(fonts.serif(), 10, number)) / 2, 44);
        p.showText(number);
        p.endText();
        String safe = TextFit.printable(fonts.serif(), title);
        float size = 9;
        while (size > 6 && TextFit.width(fonts.serif(), size, safe) > Pleading.TEXT_WIDTH) {
            size -= 0.5f;
        }
        p.beginText();
        p.setFont(fonts.serif(), size);
        p.newLineAtOffset(Pleading.LEFT + (Pleading.TEXT_WIDTH - TextFit.width(fonts.serif(), size, safe)) / 2, 32);
        p.showText(safe);
        p.endText();
        p.endMarkedContent();
    }
}
