package dev.aibom.core;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Build timestamps as Maven ({@code project.build.outputTimestamp}) and reproducible builds write them. */
public final class Timestamps {
    private Timestamps() {
    }

    /**
     * Parses an ISO-8601 instant or offset date-time ({@code 2026-01-01T00:00:00Z}, {@code 2026-01-01T01:00:00+01:00})
     * or seconds since the epoch ({@code SOURCE_DATE_EPOCH}). Blank means "none".
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.trim();
        try {
            if (text.chars().allMatch(Character::isDigit)) {
                return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
            }
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a timestamp; give an ISO-8601 date-time such as"
                    + " 2026-01-01T00:00:00Z or seconds since the epoch");
        }
    }
}
