package org.reliefdesk.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Value formats of the gogen bundle, as gogen 0.2.13 (Go) printed them. */
public final class GoFormat {
    private static final long NANOS_PER_DAY = 86_400_000_000_000L;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    private GoFormat() {
    }

    /** A float64 as Go's {@code %v} prints it: shortest digits, exponent only below 1e-4 or from 1e21. */
    public static String goFloat(double x) {
        if (x == 0) {
            return Math.copySign(1.0, x) < 0 ? "-0" : "0";
        }
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        int exponent = d.precision() - d.scale() - 1;
        if (exponent < -4 || exponent >= 21) {
            String digits = d.unscaledValue().abs().toString();
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return (x < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
                    + String.format("%02d", Math.abs(exponent));
        }
        return d.toPlainString();
    }

    /** MM/DD/YYYY, zero-padded. */
    public static String usDate(LocalDate d) {
        char[] c = new char[10];
        two(c, 0, d.getMonthValue());
        c[2] = '/';
        two(c, 3, d.getDayOfMonth());
        c[5] = '/';
        int y = d.getYear();
        c[6] = (char) ('0' + y / 1000 % 10);
        c[7] = (char) ('0' + y / 100 % 10);
        c[8] = (char) ('0' + y / 10 % 10);
        c[9] = (char) ('0' + y % 10);
        return new String(c);
    }

    private static void two(char[] c, int at, int n) {
        c[at] = (char) ('0' + n / 10);
        c[at + 1] = (char) ('0' + n % 10);
    }

    /**
     * Years from {@code date} to {@code asOf} as gogen computed them: Go Duration hours (int64 nanoseconds,
     * saturating at about 292 years) divided by 24 x 365.25.
     */
    public static double yearsBetween(LocalDate date, LocalDate asOf) {
        long days = ChronoUnit.DAYS.between(date, asOf);
        long nanos;
        if (days > Long.MAX_VALUE / NANOS_PER_DAY) {
            nanos = Long.MAX_VALUE;
        } else if (days < Long.MIN_VALUE / NANOS_PER_DAY) {
            nanos = Long.MIN_VALUE;
        } else {
            nanos = days * NANOS_PER_DAY;
        }
        double hours = (double) (nanos / NANOS_PER_HOUR) + (double) (nanos % NANOS_PER_HOUR) / 3.6e12;
        return hours / (24 * 365.25);
    }

    /** Go's {@code %.1f}: the exact binary value rounded half to even; a negative value rounding to zero keeps its sign. */
    public static String oneDecimal(double x) {
        double tenths = Math.abs(x) * 10;
        double frac = tenths - Math.floor(tenths);
        if (Math.abs(x) < 1e9 && Math.abs(frac - 0.5) > 1e-6) {
            // not near a tie: rounding the scaled value gives the same digits as the exact method below
            long r = Math.round(tenths);
            String s = (r / 10) + "." + (r % 10);
            return x < 0 || Math.copySign(1.0, x) < 0 ? "-" + s : s;
        }
        return oneDecimalExactly(x);
    }

    /** The exact decimal value of {@code x} rounded half to even: rare, so kept out of line for the JIT. */
    private static String oneDecimalExactly(double x) {
        String s = new BigDecimal(x).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
        if (Math.copySign(1.0, x) < 0 && !s.startsWith("-")) {
            s = "-" + s;
        }
        return s;
    }
}
