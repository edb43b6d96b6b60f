package org.reliefdesk.export.pdf;

import java.time.ZonedDateTime;

/**
 * What a paper says about itself (the PDF's document information and XMP metadata): shown by viewers, indexed by
 * court e-filing systems. Never a person's name: file indexes and search tools read these fields outside the
 * document.
 *
 * @param author  the deputy and the office who file it
 * @param creator the program and its version
 */
record DocumentInfo(String title, String author, String subject, String keywords, String creator,
                    ZonedDateTime created) {
    /** The language of every paper (the catalog's {@code /Lang}). */
    static final String LANGUAGE = "en-US";

    /** Title and subject for a paper of an export. */
    static DocumentInfo of(PaperSetup paper, String title, String subject) {
        Letterhead o = paper.office();
        return new DocumentInfo(title, o.deputyName() + ", Deputy District Attorney, for " + o.daName()
                + ", District Attorney, " + o.countyWords(), subject,
                "Proposition 64; cannabis; H&S 11361.8; H&S 11361.9; " + o.courtName(), paper.creator(),
                paper.created());
    }
}
