package org.reliefdesk.history;

import org.reliefdesk.doj.DojColumn;
import org.reliefdesk.doj.DojRecord;

/** Who a history belongs to, as the DOJ file names them (first row of the subject). */
public record SubjectInfo(String subjectId, String name, String dob, String cii, String gender) {

    public static SubjectInfo of(DojRecord r) {
        return new SubjectInfo(r.value(DojColumn.SUBJECT_ID), r.value(DojColumn.PRI_NAME),
                r.value(DojColumn.PRI_DOB), r.value(DojColumn.CII_NUMBER), r.value(DojColumn.GENDER));
    }

    @Override
    public String toString() {
        return "SubjectInfo[" + subjectId + "]";
    }
}
