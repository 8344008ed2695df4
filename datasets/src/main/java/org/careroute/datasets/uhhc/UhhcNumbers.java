package org.careroute.datasets.uhhc;

import java.math.BigDecimal;

/** Numbers as the UHHC files write them: whole values without a decimal point. */
final class UhhcNumbers {

    private UhhcNumbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
