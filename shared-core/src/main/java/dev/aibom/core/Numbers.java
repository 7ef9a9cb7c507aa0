package dev.aibom.core;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers from untrusted input, judged by what they mean: a value meets a threshold only when it is a finite decimal
 * number. {@code NaN}, {@code Infinity}, an overflow such as {@code 1e400}, a hexadecimal float ({@code 0x1p3}), a
 * Java suffix ({@code 1d}), blank or other text are not numbers here, whatever {@link Double#parseDouble} makes of
 * them (it accepts all of those, and a NaN or an infinity compares in ways that pass a threshold check written the
 * obvious way). Comparisons are exact (decimal), so {@code 0.8} meets a threshold of {@code 0.8}.
 *
 * <p>Hand-written: the grammar is one regular expression (decimal numbers), and the range check is one line.
 */
public final class Numbers {
    /**
     * A decimal number: JSON's grammar, and the spellings people write in text ({@code +1}, {@code .95}, {@code 5.},
     * leading zeros); surrounding blanks are allowed in text (a metric written as " 0.91").
     */
    private static final Pattern NUMBER = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");
    private static final BigDecimal MAX = new BigDecimal(Double.MAX_VALUE);
    /** Beyond this exponent a decimal is an overflow, whatever its digits (BigDecimal would take 1e999999999). */
    private static final int MAX_EXPONENT_DIGITS = 4;

    private Numbers() {
    }

    /** The finite decimal number {@code text} spells, or empty. */
    public static Optional<BigDecimal> finite(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.length() > 400 || !NUMBER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        int e = Math.max(trimmed.indexOf('e'), trimmed.indexOf('E'));
        if (e >= 0) {
            String exponent = trimmed.substring(e + 1).replaceFirst("^[+-]", "").replaceFirst("^0+(?=.)", "");
            if (exponent.length() > MAX_EXPONENT_DIGITS) {
                return Optional.empty();
            }
        }
        BigDecimal value = new BigDecimal(trimmed);
        return value.abs().compareTo(MAX) > 0 ? Optional.empty() : Optional.of(value);
    }

    /** The finite number a JSON value is (a number, or text that spells one), or empty. */
    public static Optional<BigDecimal> finite(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (node.isNumber()) {
            if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
                double value = node.doubleValue();
                return Double.isFinite(value) ? Optional.of(new BigDecimal(Double.toString(value)))
                        : Optional.empty();
            }
            return finite(node.asText());
        }
        return node.isTextual() ? finite(node.textValue()) : Optional.empty();
    }

    /** A finite double (a policy's threshold) as an exact decimal; a NaN or infinity is refused. */
    public static BigDecimal exact(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(value + " is not a finite number");
        }
        return new BigDecimal(Double.toString(value));
    }

    /** Why {@code text} is not a number here, for a finding that quotes the value. */
    public static String why(String text) {
        String shown = "'" + Text.printable(text == null ? "" : text.length() > 64 ? text.substring(0, 64) + "..."
                : text) + "'";
        if (text == null || text.isBlank()) {
            return shown + " is empty, not a number";
        }
        String trimmed = text.strip();
        if (trimmed.matches("[+-]?(?i)(nan|infinity|inf)")) {
            return shown + " is not a finite number";
        }
        if (NUMBER.matcher(trimmed).matches()) {
            return shown + " is out of range (beyond " + Double.MAX_VALUE + ")";
        }
        return shown + " is not a decimal number";
    }

    /** The number as a person reads it: {@code 0.8}, {@code 12}, without an exponent for ordinary values. */
    public static String shown(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < -6 || stripped.scale() > 12 ? stripped.toString() : stripped.toPlainString();
    }
}
