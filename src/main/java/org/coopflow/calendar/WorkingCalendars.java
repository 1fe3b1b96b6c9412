package org.coopflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.coopflow.calendar.CalendarRows.CountryHolidayRow;
import org.coopflow.calendar.CalendarRows.CountryRow;
import org.coopflow.calendar.CalendarRows.OrganisationZoneRow;
import org.coopflow.calendar.Holiday.Source;
import org.coopflow.shared.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The calendars deadlines count: Korea's (Korean officials, Asia/Seoul) and each partner organisation's (its
 * country's weekend and holidays, in the organisation's time zone), and deadlines in them.
 *
 * <p>What an ADMIN maintains is read from the database on every call, so every node sees a change at once; only
 * Korea's computed holidays (the same on every node) are kept in memory.
 */
@Service
public class WorkingCalendars {

    public static final String KOREA = "KR";
    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    /** A partner country without a calendar: Saturday and Sunday off, no holidays. */
    static final Set<DayOfWeek> USUAL_WEEKEND = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);

    private final CalendarMapper mapper;
    private final Duration day;
    private final Map<Integer, List<Holiday>> koreanStatutory = new ConcurrentHashMap<>();

    /** @param day the length of one service-level day ({@code coopflow.process.day}: P1D, PT1M for demos) */
    WorkingCalendars(CalendarMapper mapper, @Value("${coopflow.process.day:P1D}") String day) {
        this.mapper = mapper;
        this.day = dayLength(day);
    }

    /** P1D and other date-based periods as days, PT1M and other time-based ones as they are. */
    static Duration dayLength(String day) {
        Duration length = day.contains("T") ? Duration.parse(day) : Duration.ofDays(Period.parse(day).getDays());
        if (length.isZero() || length.isNegative()) {
            throw new IllegalArgumentException("coopflow.process.day must be a positive duration: " + day);
        }
        return length;
    }

    /** Korea's computed public holidays of a year (substitutes included, one-off days not). */
    public List<Holiday> koreanStatutoryHolidays(int year) {
        return koreanStatutory.computeIfAbsent(year, KoreanHolidays::of);
    }

    /** Korean officials' working days: Monday to Friday in Asia/Seoul, less public and one-off holidays. */
    public WorkingCalendar korea() {
        List<Holiday> oneOffs = mapper.findKoreanDays().stream().filter(CalendarRows.KoreanDayRow::live)
                .map(row -> Holiday.named(row.holidayDate(), row.name(), Source.ONE_OFF)).toList();
        return new WorkingCalendar(KOREA, SEOUL, USUAL_WEEKEND, year -> {
            List<Holiday> all = new ArrayList<>(koreanStatutoryHolidays(year));
            oneOffs.stream().filter(h -> h.date().getYear() == year).forEach(all::add);
            return all;
        });
    }

    /** An organisation's calendar: Korea's for a Korean agency, its country's in its own time zone for a partner. */
    public WorkingCalendar forOrganisation(String organisationCode) {
        OrganisationZoneRow organisation = organisationCode == null ? null
                : mapper.findOrganisationZone(organisationCode);
        if (organisation == null) {
            throw new NotFoundException("calendar.organisation.notFound", organisationCode);
        }
        if (KOREA.equals(organisation.countryCode())) {
            return korea();
        }
        CountryRow country = mapper.findCountry(organisation.countryCode());
        ZoneId zone = organisation.timeZone() != null ? ZoneId.of(organisation.timeZone())
                : country != null ? ZoneId.of(country.timeZone()) : ZoneOffset.UTC;
        return countryCalendar(organisation.countryCode(), zone, country);
    }

    /** A partner country's calendar in its own time zone (for the ADMIN pages and tests). */
    public WorkingCalendar forCountry(String countryCode) {
        if (KOREA.equals(countryCode)) {
            return korea();
        }
        CountryRow country = mapper.findCountry(countryCode);
        if (country == null) {
            throw new NotFoundException("calendar.country.notFound", countryCode);
        }
        return countryCalendar(countryCode, ZoneId.of(country.timeZone()), country);
    }

    /** KOREA: Korea's calendar; PARTNER: the calendar of this partner organisation. */
    public WorkingCalendar of(CalendarKind kind, String partnerOrganisation) {
        return kind == CalendarKind.KOREA ? korea() : forOrganisation(partnerOrganisation);
    }

    /** The length of one service-level day: P1D, or a short demo "day" that compresses the calendar. */
    public Duration dayLength() {
        return day;
    }

    /** Due instant of a deadline of this many working days from {@code start}, with the configured day. */
    public Instant due(CalendarKind kind, String partnerOrganisation, Instant start, int workingDays) {
        return of(kind, partnerOrganisation).due(start, workingDays, day);
    }

    /** How far such a deadline has run at {@code now}: working days passed and their share. */
    public Progress progress(CalendarKind kind, String partnerOrganisation, Instant start, int workingDays,
                             Instant now) {
        return of(kind, partnerOrganisation).progress(start, workingDays, now, day);
    }

    /** When a share of such a deadline's working time has passed (reminders at 50 %, 80 %, …). */
    public Instant instantAt(CalendarKind kind, String partnerOrganisation, Instant start, int workingDays,
                             double share) {
        return of(kind, partnerOrganisation).instantAt(start, workingDays, share, day);
    }

    private WorkingCalendar countryCalendar(String countryCode, ZoneId zone, CountryRow country) {
        Set<DayOfWeek> weekend = country == null ? USUAL_WEEKEND : weekendDays(country.weekendDays());
        List<CountryHolidayRow> rows = country == null ? List.of()
                : mapper.findCountryHolidays(countryCode).stream().filter(CountryHolidayRow::live).toList();
        return new WorkingCalendar(countryCode, zone, weekend, year -> rows.stream()
                .map(row -> occurrence(row, year)).filter(h -> h != null).toList());
    }

    private static Holiday occurrence(CountryHolidayRow row, int year) {
        if (!row.annual()) {
            return row.holidayDate().getYear() == year ? Holiday.named(row.holidayDate(), row.name(), Source.DATED)
                    : null;
        }
        MonthDay monthDay = MonthDay.of(row.annualMonth(), row.annualDay());
        // 29 February: only in leap years
        return monthDay.isValidYear(year) ? Holiday.named(monthDay.atYear(year), row.name(), Source.ANNUAL) : null;
    }

    static Set<DayOfWeek> weekendDays(String stored) {
        if (stored == null || stored.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(stored.split(",")).map(String::strip).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    static String weekendDays(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    /** Today's date in Korea, for pages that show a year. */
    static int currentKoreanYear(Instant now) {
        return LocalDate.ofInstant(now, SEOUL).getYear();
    }
}
