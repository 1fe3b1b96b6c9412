package org.coopflow.calendar;

import java.text.Collator;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.coopflow.calendar.CalendarRows.CountryHolidayRow;
import org.coopflow.calendar.CalendarRows.CountryRow;
import org.coopflow.calendar.CalendarRows.OrganisationZoneRow;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.reference.ReferenceData;
import org.coopflow.shared.ConflictException;
import org.coopflow.shared.InvalidInputException;
import org.coopflow.web.DateDisplay;
import org.coopflow.web.WebPage;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The ADMIN pages of the calendars: Korea's holidays of a year with the one-off days an ADMIN adds and removes
 * ({@code /admin/calendars/korea}), the partner countries' calendars ({@code /admin/calendars/countries}, one page
 * per country) and the organisations' time zones ({@code /admin/calendars/time-zones}). Anyone else: 403.
 */
@Controller
@WebPage
class CalendarPages {

    static final String VIEW_KOREA = "calendar/korea";
    static final String VIEW_COUNTRIES = "calendar/countries";
    static final String VIEW_COUNTRY = "calendar/country";
    static final String VIEW_TIME_ZONES = "calendar/time-zones";
    private static final int FIRST_YEAR = CalendarAdministration.FIRST_YEAR;
    private static final int LAST_YEAR = CalendarAdministration.LAST_YEAR;

    /** One line of a year's holidays as a page shows it. */
    record HolidayLine(LocalDate date, String weekday, String name, String source) {
    }

    /** A day off an ADMIN added in Korea, with its date as the reader reads it (for the remove button's label). */
    record DayLine(long id, LocalDate date, String dateText, String name, String addedBy, Instant addedAt,
                   String removedBy, Instant removedAt) {
    }

    /** A partner country's calendar in the list. */
    record CountryLine(String code, String label, String timeZone, String weekend, String changedBy,
                       Instant changedAt) {
    }

    /** A holiday as entered (every year, or on a date), with who added it and, once removed, who removed it. */
    record EnteredLine(long id, String when, String name, String addedBy, Instant addedAt, String removedBy,
                       Instant removedAt) {
    }

    /** An organisation with its time zone (null: its country's, shown as {@code countryZone}). */
    record OrganisationLine(String code, String name, String country, String timeZone, String countryZone,
                            String changedBy, Instant changedAt, boolean korean) {
    }

    private final CalendarAdministration administration;
    private final WorkingCalendars calendars;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final Clock clock;

    CalendarPages(CalendarAdministration administration, WorkingCalendars calendars, MessageSource messages,
                  DateDisplay dates, Clock clock) {
        this.administration = administration;
        this.calendars = calendars;
        this.messages = messages;
        this.dates = dates;
        this.clock = clock;
    }

    @GetMapping("/admin/calendars")
    String showCalendars() {
        return "redirect:/admin/calendars/korea";
    }

    @GetMapping("/admin/calendars/korea")
    String showKorea(@AuthenticationPrincipal CoopFlowPrincipal me, @RequestParam(required = false) Integer year,
                     Model model, Locale locale) {
        int shown = year(year);
        List<CalendarRows.KoreanDayRow> days = administration.koreanDays(me.user());
        model.addAttribute("year", shown);
        model.addAttribute("holidays", lines(calendars.korea(), shown, locale));
        model.addAttribute("days", days.stream().filter(CalendarRows.KoreanDayRow::live).map(this::dayLine).toList());
        model.addAttribute("removedDays", days.stream().filter(d -> !d.live()).map(this::dayLine).toList());
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new KoreanDayForm());
        }
        return VIEW_KOREA;
    }

    @PostMapping("/admin/calendars/korea/days")
    String processKoreanDayForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                                @Valid @ModelAttribute("dayForm") KoreanDayForm form, BindingResult result,
                                Model model, RedirectAttributes redirect, Locale locale) {
        int year = form.getDate() == null ? currentYear() : form.getDate().getYear();
        if (!result.hasErrors()) {
            try {
                administration.addKoreanDay(me.user(), form.getDate(), form.getName());
                redirect.addFlashAttribute("notice", text("calendar.notice.dayAdded", locale, form.getDate()));
                return "redirect:/admin/calendars/korea?year=" + year;
            } catch (InvalidInputException invalid) {
                reject(invalid, result);
            } catch (ConflictException twice) {
                result.rejectValue("date", twice.messageCode(), twice.args(), null);
            }
        }
        return showKorea(me, withinRange(year), model, locale);
    }

    @PostMapping("/admin/calendars/korea/days/{id}/remove")
    String removeKoreanDay(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable long id,
                           @RequestParam(required = false) Integer year, RedirectAttributes redirect, Locale locale) {
        administration.removeKoreanDay(me.user(), id);
        redirect.addFlashAttribute("notice", text("calendar.notice.dayRemoved", locale));
        return "redirect:/admin/calendars/korea" + (year == null ? "" : "?year=" + year(year));
    }

    @GetMapping("/admin/calendars/countries")
    String showCountries(@AuthenticationPrincipal CoopFlowPrincipal me, Model model, Locale locale) {
        model.addAttribute("countries", administration.countries(me.user()).stream()
                .map(c -> new CountryLine(c.countryCode(), ReferenceData.countryName(c.countryCode(), locale),
                        c.timeZone(), weekend(c.weekendDays(), locale), c.changedBy(), c.changedAt()))
                .sorted(Comparator.comparing(CountryLine::label, Collator.getInstance(locale))).toList());
        if (!model.containsAttribute("countryForm")) {
            model.addAttribute("countryForm", CountryForm.blank());
        }
        addChoices(model, locale);
        return VIEW_COUNTRIES;
    }

    @PostMapping("/admin/calendars/countries")
    String processCountryCreationForm(@AuthenticationPrincipal CoopFlowPrincipal me,
                                      @Valid @ModelAttribute("countryForm") CountryForm form, BindingResult result,
                                      Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                administration.saveCountry(me.user(), form.getCountryCode(), form.getTimeZone(), form.getWeekend(),
                        true);
                String code = form.getCountryCode().strip().toUpperCase(Locale.ROOT);
                redirect.addFlashAttribute("notice", text("calendar.notice.countryAdded", locale,
                        ReferenceData.countryName(code, locale)));
                return "redirect:/admin/calendars/countries/" + code;
            } catch (InvalidInputException invalid) {
                reject(invalid, result);
            } catch (ConflictException exists) {
                result.rejectValue("countryCode", exists.messageCode(), exists.args(), null);
            }
        }
        return showCountries(me, model, locale);
    }

    @GetMapping("/admin/calendars/countries/{code}")
    String showCountry(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code,
                       @RequestParam(required = false) Integer year, Model model, Locale locale) {
        CountryRow country = administration.country(me.user(), code);
        List<CountryHolidayRow> rows = administration.countryHolidays(me.user(), code);
        int shown = year(year);
        model.addAttribute("country", country);
        model.addAttribute("countryName", ReferenceData.countryName(code, locale));
        model.addAttribute("weekend", weekend(country.weekendDays(), locale));
        model.addAttribute("year", shown);
        model.addAttribute("holidays", lines(calendars.forCountry(code), shown, locale));
        model.addAttribute("entered", rows.stream().filter(CountryHolidayRow::live).map(r -> entered(r, locale))
                .toList());
        model.addAttribute("removed", rows.stream().filter(r -> !r.live()).map(r -> entered(r, locale)).toList());
        if (!model.containsAttribute("countryForm")) {
            model.addAttribute("countryForm", CountryForm.of(country));
        }
        if (!model.containsAttribute("holidayForm")) {
            model.addAttribute("holidayForm", new CountryHolidayForm());
        }
        addChoices(model, locale);
        return VIEW_COUNTRY;
    }

    @PostMapping("/admin/calendars/countries/{code}")
    String processCountryForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code,
                              @Valid @ModelAttribute("countryForm") CountryForm form, BindingResult result,
                              Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                administration.saveCountry(me.user(), code, form.getTimeZone(), form.getWeekend(), false);
                redirect.addFlashAttribute("notice", text("calendar.notice.countrySaved", locale,
                        ReferenceData.countryName(code, locale)));
                return "redirect:/admin/calendars/countries/" + code;
            } catch (InvalidInputException invalid) {
                reject(invalid, result);
            }
        }
        return showCountry(me, code, null, model, locale);
    }

    @PostMapping("/admin/calendars/countries/{code}/holidays")
    String processCountryHolidayForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code,
                                     @Valid @ModelAttribute("holidayForm") CountryHolidayForm form,
                                     BindingResult result, Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                administration.addCountryHoliday(me.user(), code, form.getDate(), form.isEveryYear(), form.getName());
                redirect.addFlashAttribute("notice", text("calendar.notice.holidayAdded", locale, form.getName()));
                return "redirect:/admin/calendars/countries/" + code + "?year=" + form.getDate().getYear();
            } catch (InvalidInputException invalid) {
                reject(invalid, result);
            } catch (ConflictException twice) {
                result.rejectValue("name", twice.messageCode(), twice.args(), null);
            }
        }
        Integer year = form.getDate() == null ? null : withinRange(form.getDate().getYear());
        return showCountry(me, code, year, model, locale);
    }

    @PostMapping("/admin/calendars/countries/{code}/holidays/{id}/remove")
    String removeCountryHoliday(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code,
                                @PathVariable long id, RedirectAttributes redirect, Locale locale) {
        administration.removeCountryHoliday(me.user(), code, id);
        redirect.addFlashAttribute("notice", text("calendar.notice.dayRemoved", locale));
        return "redirect:/admin/calendars/countries/" + code;
    }

    @GetMapping("/admin/calendars/time-zones")
    String showTimeZones(@AuthenticationPrincipal CoopFlowPrincipal me, Model model, Locale locale) {
        Map<String, String> countryZones = administration.countries(me.user()).stream()
                .collect(Collectors.toMap(CountryRow::countryCode, CountryRow::timeZone));
        countryZones.put(WorkingCalendars.KOREA, WorkingCalendars.SEOUL.getId());
        List<OrganisationZoneRow> organisations = administration.organisations(me.user());
        model.addAttribute("organisations", organisations.stream().map(o -> new OrganisationLine(o.code(), o.name(),
                ReferenceData.countryName(o.countryCode(), locale), o.timeZone(),
                countryZones.getOrDefault(o.countryCode(), "UTC"), o.timeZoneChangedBy(), o.timeZoneChangedAt(),
                WorkingCalendars.KOREA.equals(o.countryCode())))
                .toList());
        addChoices(model, locale);
        return VIEW_TIME_ZONES;
    }

    @PostMapping("/admin/calendars/time-zones/{code}")
    String processTimeZoneForm(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String code,
                               @RequestParam(defaultValue = "") String timeZone, Model model,
                               RedirectAttributes redirect, Locale locale) {
        try {
            administration.setOrganisationZone(me.user(), code, timeZone);
        } catch (InvalidInputException invalid) {
            model.addAttribute("zoneErrorFor", code);
            model.addAttribute("zoneErrorValue", timeZone);
            model.addAttribute("zoneError", text(invalid.fieldErrors().get("timeZone"), locale));
            if ("calendar.zones.korea".equals(invalid.fieldErrors().get("timeZone"))) {
                // a Korean agency's row has no field to show it at
                model.addAttribute("problem", text("calendar.zones.korea", locale));
            }
            return showTimeZones(me, model, locale);
        }
        redirect.addFlashAttribute("notice", text("calendar.notice.zoneSaved", locale, code, timeZone.strip()));
        return "redirect:/admin/calendars/time-zones#org-" + code;
    }

    /** The year's holidays of a calendar, one line per holiday, names in the reader's language. */
    private List<HolidayLine> lines(WorkingCalendar calendar, int year, Locale locale) {
        return calendar.holidays(year).stream().map(h -> new HolidayLine(h.date(),
                h.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, locale), name(h, locale),
                text("calendar.source." + h.source().name(), locale))).toList();
    }

    private DayLine dayLine(CalendarRows.KoreanDayRow row) {
        return new DayLine(row.id(), row.holidayDate(), dates.date(row.holidayDate()), row.name(), row.addedBy(),
                row.addedAt(), row.removedBy(), row.removedAt());
    }

    private EnteredLine entered(CountryHolidayRow row, Locale locale) {
        String when = row.annual()
                ? text("calendar.everyYearOn", locale, MonthDay.of(row.annualMonth(), row.annualDay())
                        .format(DateTimeFormatter.ofPattern(text("calendar.monthDay.pattern", locale), locale)))
                : dates.date(row.holidayDate());
        return new EnteredLine(row.id(), when, row.name(), row.addedBy(), row.addedAt(), row.removedBy(),
                row.removedAt());
    }

    private static String weekend(String stored, Locale locale) {
        return WorkingCalendars.weekendDays(stored).stream().map(d -> d.getDisplayName(TextStyle.FULL, locale))
                .collect(Collectors.joining(", "));
    }

    private String name(Holiday holiday, Locale locale) {
        if (holiday.code() == null) {
            return holiday.name();
        }
        String name = text("calendar.holiday." + holiday.code(), locale);
        return holiday.source() == Holiday.Source.SUBSTITUTE ? text("calendar.holiday.substitute", locale, name) : name;
    }

    private void addChoices(Model model, Locale locale) {
        model.addAttribute("weekdays", List.of(DayOfWeek.values()).stream()
                .map(d -> new ReferenceData.Option(d.name(), d.getDisplayName(TextStyle.FULL, locale), null)).toList());
        model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().filter(z -> z.contains("/")
                && !z.startsWith("Etc/") && !z.startsWith("SystemV/")).sorted().toList());
    }

    private int year(Integer year) {
        if (year == null) {
            return currentYear();
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException("year", "calendar.year.outOfRange");
        }
        return year;
    }

    private static Integer withinRange(int year) {
        return year < FIRST_YEAR || year > LAST_YEAR ? null : year;
    }

    private int currentYear() {
        return WorkingCalendars.currentKoreanYear(clock.instant());
    }

    private static void reject(InvalidInputException invalid, BindingResult result) {
        invalid.fieldErrors().forEach((field, code) -> {
            if (result.getFieldType(field) != null) {
                result.rejectValue(field, code);
            } else {
                result.reject(code);
            }
        });
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
