package org.reliefdesk.rules;

import java.time.LocalDate;
import java.util.List;

/**
 * Person-level numbers every decision of that person carries into the outputs (the gogen bundle's columns):
 * counted over all the person's convictions, every county, as the run's mode counts them.
 *
 * @param prop64BySection convictions of 11357, 11358, 11359, 11360, in that order
 * @param latestConviction the most recent conviction date, null when none has a valid date
 */
public record SubjectReport(int convictions, List<String> superstrikeSections, List<String> pc290Sections,
                            boolean pc290Registration, boolean deceased, LocalDate latestConviction,
                            List<Integer> prop64BySection) {

    public SubjectReport {
        superstrikeSections = List.copyOf(superstrikeSections);
        pc290Sections = List.copyOf(pc290Sections);
        prop64BySection = List.copyOf(prop64BySection);
    }

    public int prop64Total() {
        int total = 0;
        for (int n : prop64BySection) {
            total += n;
        }
        return total;
    }
}
