package org.coopflow.calendar;

/** Whose working days a deadline counts (the serviceLevels decision names one per service level). */
public enum CalendarKind {
    /** Korean officials: Korea's working days in Asia/Seoul. */
    KOREA,
    /** The partner organisation: its country's working days in its time zone. */
    PARTNER
}
