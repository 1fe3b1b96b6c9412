package org.coopflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.calendar.CalendarRows.CountryHolidayRow;
import org.coopflow.calendar.CalendarRows.CountryRow;
import org.coopflow.calendar.CalendarRows.KoreanDayRow;
import org.coopflow.calendar.CalendarRows.OrganisationZoneRow;

/** The calendar tables (V60) and the organisations' time zones. Removing a day marks it removed. */
@Mapper
interface CalendarMapper {

    List<KoreanDayRow> findKoreanDays();

    int insertKoreanDay(@Param("date") LocalDate date, @Param("name") String name, @Param("by") String by,
                        @Param("at") Instant at);

    int removeKoreanDay(@Param("id") long id, @Param("by") String by, @Param("at") Instant at);

    List<CountryRow> findCountries();

    CountryRow findCountry(@Param("countryCode") String countryCode);

    int insertCountry(@Param("row") CountryRow row);

    int updateCountry(@Param("row") CountryRow row);

    List<CountryHolidayRow> findCountryHolidays(@Param("countryCode") String countryCode);

    int insertCountryHoliday(@Param("countryCode") String countryCode, @Param("name") String name,
                             @Param("date") LocalDate date, @Param("month") Integer month, @Param("day") Integer day,
                             @Param("by") String by, @Param("at") Instant at);

    int removeCountryHoliday(@Param("countryCode") String countryCode, @Param("id") long id, @Param("by") String by,
                             @Param("at") Instant at);

    List<OrganisationZoneRow> findOrganisationZones();

    OrganisationZoneRow findOrganisationZone(@Param("code") String code);

    int updateOrganisationZone(@Param("code") String code, @Param("timeZone") String timeZone,
                               @Param("by") String by, @Param("at") Instant at);
}
