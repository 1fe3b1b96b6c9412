package org.coopflow.calendar;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.coopflow.calendar.CalendarRows.CountryHolidayRow;
import org.coopflow.calendar.CalendarRows.CountryRow;
import org.coopflow.calendar.CalendarRows.KoreanDayRow;
import org.coopflow.calendar.CalendarRows.OrganisationZoneRow;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.ForbiddenException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an ADMIN maintains: Korea's one-off days off, the partner countries' calendars and the organisations' time
 * zones. Every change keeps who made it and when; a removed day stays in its table, marked removed.
 */
@Service
class CalendarAdministration {

    static final int MAX_NAME = 200;
    /** Years the calendars are kept for: the pages show the same range, and a typo such as 20277 is refused. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}");

    private final CalendarMapper mapper;
    private final WorkingCalendars calendars;
    private final Clock clock;

    CalendarAdministration(CalendarMapper mapper, WorkingCalendars calendars, Clock clock) {
        this.mapper = mapper;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** Calendars are reference data: ADMIN only (PROCESS.md: ADMIN manages reference data). */
    static boolean mayMaintain(CurrentUser user) {
        return user.has(Role.ADMIN);
    }

    List<KoreanDayRow> koreanDays(CurrentUser admin) {
        requireAdmin(admin);
        return mapper.findKoreanDays();
    }

    @Transactional
    void addKoreanDay(CurrentUser admin, LocalDate date, String name) {
        requireAdmin(admin);
        String cleanName = requireName(name);
        requireDate(date);
        if (mapper.findKoreanDays().stream().anyMatch(d -> d.live() && d.holidayDate().equals(date))) {
            throw new ConflictException("calendar.korea.alreadyAdded", date);
        }
        if (!calendars.koreanStatutoryHolidays(date.getYear()).stream().filter(h -> h.date().equals(date)).toList()
                .isEmpty()) {
            throw new InvalidInputException("date", "calendar.korea.alreadyHoliday");
        }
        mapper.insertKoreanDay(date, cleanName, admin.username(), now());
    }

    @Transactional
    void removeKoreanDay(CurrentUser admin, long id) {
        requireAdmin(admin);
        if (mapper.removeKoreanDay(id, admin.username(), now()) == 0) {
            throw new NotFoundException("calendar.day.notFound", id);
        }
    }

    List<CountryRow> countries(CurrentUser admin) {
        requireAdmin(admin);
        return mapper.findCountries();
    }

    CountryRow country(CurrentUser admin, String countryCode) {
        requireAdmin(admin);
        CountryRow country = countryCode == null ? null : mapper.findCountry(countryCode);
        if (country == null) {
            throw new NotFoundException("calendar.country.notFound", countryCode);
        }
        return country;
    }

    List<CountryHolidayRow> countryHolidays(CurrentUser admin, String countryCode) {
        country(admin, countryCode);
        return mapper.findCountryHolidays(countryCode);
    }

    /** A partner country's calendar: new, or its weekend and time zone changed. */
    @Transactional
    void saveCountry(CurrentUser admin, String countryCode, String timeZone, Set<DayOfWeek> weekend, boolean isNew) {
        requireAdmin(admin);
        String code = countryCode == null ? "" : countryCode.strip().toUpperCase(Locale.ROOT);
        if (!COUNTRY_CODE.matcher(code).matches() || !List.of(Locale.getISOCountries()).contains(code)) {
            throw new InvalidInputException("countryCode", "calendar.country.code.invalid");
        }
        if (WorkingCalendars.KOREA.equals(code)) {
            throw new InvalidInputException("countryCode", "calendar.country.korea");
        }
        String zone = requireZone(timeZone);
        if (weekend == null || weekend.size() >= 7) {
            throw new InvalidInputException("weekend", "calendar.weekend.noWorkingDay");
        }
        CountryRow row = new CountryRow(code, zone, WorkingCalendars.weekendDays(weekend), admin.username(), now());
        CountryRow existing = mapper.findCountry(code);
        if (isNew && existing != null) {
            throw new ConflictException("calendar.country.exists", code);
        }
        if (!isNew && existing == null) {
            throw new NotFoundException("calendar.country.notFound", code);
        }
        if (isNew) {
            mapper.insertCountry(row);
        } else {
            mapper.updateCountry(row);
        }
    }

    /** A holiday of a partner country: once on a date, or every year on that day and month. */
    @Transactional
    void addCountryHoliday(CurrentUser admin, String countryCode, LocalDate date, boolean everyYear, String name) {
        country(admin, countryCode);
        String cleanName = requireName(name);
        requireDate(date);
        MonthDay monthDay = MonthDay.from(date);
        boolean known = mapper.findCountryHolidays(countryCode).stream().filter(CountryHolidayRow::live)
                .anyMatch(h -> h.name().equalsIgnoreCase(cleanName) && (everyYear
                        ? h.annual() && MonthDay.of(h.annualMonth(), h.annualDay()).equals(monthDay)
                        : date.equals(h.holidayDate())));
        if (known) {
            throw new ConflictException("calendar.country.holidayExists", cleanName);
        }
        Instant at = now();
        if (everyYear) {
            mapper.insertCountryHoliday(countryCode, cleanName, null, monthDay.getMonthValue(),
                    monthDay.getDayOfMonth(), admin.username(), at);
        } else {
            mapper.insertCountryHoliday(countryCode, cleanName, date, null, null, admin.username(), at);
        }
    }

    @Transactional
    void removeCountryHoliday(CurrentUser admin, String countryCode, long id) {
        country(admin, countryCode);
        if (mapper.removeCountryHoliday(countryCode, id, admin.username(), now()) == 0) {
            throw new NotFoundException("calendar.day.notFound", id);
        }
    }

    List<OrganisationZoneRow> organisations(CurrentUser admin) {
        requireAdmin(admin);
        return mapper.findOrganisationZones();
    }

    @Transactional
    void setOrganisationZone(CurrentUser admin, String organisationCode, String timeZone) {
        requireAdmin(admin);
        OrganisationZoneRow organisation = organisationCode == null ? null
                : mapper.findOrganisationZone(organisationCode);
        if (organisation == null) {
            throw new NotFoundException("calendar.organisation.notFound", organisationCode);
        }
        if (WorkingCalendars.KOREA.equals(organisation.countryCode())) {
            // Korean officials' deadlines always count Korean working days in Asia/Seoul
            throw new InvalidInputException("timeZone", "calendar.zones.korea");
        }
        mapper.updateOrganisationZone(organisationCode, requireZone(timeZone), admin.username(), now());
    }

    /** A region's zone (Asia/Phnom_Penh), never a bare offset: offsets do not follow daylight saving time. */
    static String requireZone(String timeZone) {
        String zone = timeZone == null ? "" : timeZone.strip();
        try {
            if (zone.contains("/") && ZoneId.getAvailableZoneIds().contains(zone)) {
                return ZoneId.of(zone).getId();
            }
        } catch (DateTimeException invalid) {
            // reported below
        }
        throw new InvalidInputException("timeZone", "calendar.timeZone.invalid");
    }

    private static void requireDate(LocalDate date) {
        if (date == null) {
            throw new InvalidInputException("date", "calendar.date.required");
        }
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new InvalidInputException("date", "calendar.year.outOfRange");
        }
    }

    private static String requireName(String name) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new InvalidInputException("name", "calendar.name.required");
        }
        if (clean.length() > MAX_NAME) {
            throw new InvalidInputException("name", "calendar.name.tooLong");
        }
        return clean;
    }

    private static void requireAdmin(CurrentUser user) {
        if (!mayMaintain(user)) {
            throw new ForbiddenException("calendar.forbidden");
        }
    }

    private Instant now() {
        return clock.instant();
    }
}
