-- Calendars of working days (org.coopflow.calendar). Korea's public holidays are computed by the application;
-- these tables hold what an ADMIN maintains: Korea's one-off days off (election days, temporary holidays), the
-- partner countries' weekends, time zones and holidays, and each organisation's time zone. Rows are never deleted:
-- a removed day keeps who removed it and when.

-- NULL: the time zone of the organisation's country (country_calendar), for organisations added later.
ALTER TABLE organisation ADD COLUMN time_zone VARCHAR(64);
ALTER TABLE organisation ADD COLUMN time_zone_changed_by VARCHAR(64);
ALTER TABLE organisation ADD COLUMN time_zone_changed_at DATETIME(3);

CREATE TABLE korea_holiday (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    holiday_date DATE         NOT NULL,
    name         VARCHAR(200) NOT NULL,
    added_by     VARCHAR(64)  NOT NULL,
    added_at     DATETIME(3)  NOT NULL,
    removed_by   VARCHAR(64),
    removed_at   DATETIME(3)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_korea_holiday_date ON korea_holiday (holiday_date);

-- weekend_days: day names (MONDAY … SUNDAY), comma-separated.
CREATE TABLE country_calendar (
    country_code CHAR(2)     NOT NULL PRIMARY KEY,
    time_zone    VARCHAR(64) NOT NULL,
    weekend_days VARCHAR(80) NOT NULL,
    changed_by   VARCHAR(64) NOT NULL,
    changed_at   DATETIME(3) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

-- Either every year on annual_month/annual_day, or once on holiday_date.
CREATE TABLE country_holiday (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    country_code CHAR(2)      NOT NULL,
    name         VARCHAR(200) NOT NULL,
    holiday_date DATE,
    annual_month INT,
    annual_day   INT,
    added_by     VARCHAR(64)  NOT NULL,
    added_at     DATETIME(3)  NOT NULL,
    removed_by   VARCHAR(64),
    removed_at   DATETIME(3),
    CONSTRAINT fk_country_holiday_calendar FOREIGN KEY (country_code) REFERENCES country_calendar (country_code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE INDEX idx_country_holiday_country ON country_holiday (country_code, holiday_date);

UPDATE organisation SET time_zone = 'Asia/Seoul', time_zone_changed_by = 'system',
       time_zone_changed_at = CURRENT_TIMESTAMP(3) WHERE country_code = 'KR';

-- Election days are public holidays (Public Official Election Act, art. 34): dates fixed by law.
INSERT INTO korea_holiday (holiday_date, name, added_by, added_at) VALUES
 ('2026-06-03', 'Local elections (9th nationwide local elections)', 'system', CURRENT_TIMESTAMP(3)),
 ('2028-04-12', 'National Assembly election (23rd)', 'system', CURRENT_TIMESTAMP(3));

INSERT INTO country_calendar (country_code, time_zone, weekend_days, changed_by, changed_at) VALUES
 ('KH', 'Asia/Phnom_Penh',   'SATURDAY,SUNDAY', 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'America/Guatemala', 'SATURDAY,SUNDAY', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Asia/Ho_Chi_Minh',  'SATURDAY,SUNDAY', 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'America/Costa_Rica', 'SATURDAY,SUNDAY', 'system', CURRENT_TIMESTAMP(3));

-- Cambodia: the fixed days of the yearly sub-decree on public holidays; Khmer New Year and the Buddhist days follow
-- the Khmer lunisolar calendar (Visak Bochea: full moon of Pisakh, Royal Ploughing four days later; Pchum Ben
-- around the new moon of Photrobot; Water Festival around the full moon of Kadeuk), entered year by year.
INSERT INTO country_holiday (country_code, name, annual_month, annual_day, added_by, added_at) VALUES
 ('KH', 'International New Year Day', 1, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Victory over Genocide Day', 1, 7, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'International Women''s Day', 3, 8, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'International Labour Day', 5, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'King Norodom Sihamoni''s Birthday', 5, 14, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Queen Mother Norodom Monineath Sihanouk''s Birthday', 6, 18, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Constitution Day', 9, 24, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Commemoration Day of King Father Norodom Sihanouk', 10, 15, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'King Norodom Sihamoni''s Coronation Day', 10, 29, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Independence Day', 11, 9, 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Peace Day', 12, 29, 'system', CURRENT_TIMESTAMP(3));
INSERT INTO country_holiday (country_code, name, holiday_date, added_by, added_at) VALUES
 ('KH', 'Khmer New Year', '2026-04-14', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Khmer New Year', '2026-04-15', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Khmer New Year', '2026-04-16', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Visak Bochea Day', '2026-05-01', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Royal Ploughing Ceremony', '2026-05-05', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2026-10-09', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2026-10-10', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2026-10-11', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2026-11-23', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2026-11-24', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2026-11-25', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Khmer New Year', '2027-04-14', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Khmer New Year', '2027-04-15', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Khmer New Year', '2027-04-16', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Visak Bochea Day', '2027-05-20', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Royal Ploughing Ceremony', '2027-05-24', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2027-09-29', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2027-09-30', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Pchum Ben', '2027-10-01', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2027-11-13', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2027-11-14', 'system', CURRENT_TIMESTAMP(3)),
 ('KH', 'Water Festival', '2027-11-15', 'system', CURRENT_TIMESTAMP(3));

-- Guatemala: Labour Code, art. 127 (full days; the half days of Holy Wednesday, 24 and 31 December are not counted).
INSERT INTO country_holiday (country_code, name, annual_month, annual_day, added_by, added_at) VALUES
 ('GT', 'Año Nuevo', 1, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Día del Trabajo', 5, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Día del Ejército', 6, 30, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Día de la Independencia', 9, 15, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Día de la Revolución', 10, 20, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Día de Todos los Santos', 11, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Navidad', 12, 25, 'system', CURRENT_TIMESTAMP(3));
INSERT INTO country_holiday (country_code, name, holiday_date, added_by, added_at) VALUES
 ('GT', 'Jueves Santo', '2026-04-02', 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Viernes Santo', '2026-04-03', 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Jueves Santo', '2027-03-25', 'system', CURRENT_TIMESTAMP(3)),
 ('GT', 'Viernes Santo', '2027-03-26', 'system', CURRENT_TIMESTAMP(3));

-- Viet Nam: Labour Code, art. 112 (Tết and Hung Kings' Day by the lunar calendar, as the government sets the days off).
INSERT INTO country_holiday (country_code, name, annual_month, annual_day, added_by, added_at) VALUES
 ('VN', 'New Year''s Day', 1, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Reunification Day', 4, 30, 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'International Labour Day', 5, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'National Day', 9, 2, 'system', CURRENT_TIMESTAMP(3));
INSERT INTO country_holiday (country_code, name, holiday_date, added_by, added_at) VALUES
 ('VN', 'Tết (Lunar New Year)', '2026-02-16', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2026-02-17', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2026-02-18', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2026-02-19', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2026-02-20', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Hung Kings Commemoration Day (day off for 26 April)', '2026-04-27', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'National Day (second day)', '2026-09-01', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2027-02-05', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2027-02-08', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2027-02-09', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Tết (Lunar New Year)', '2027-02-10', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'Hung Kings Commemoration Day', '2027-04-16', 'system', CURRENT_TIMESTAMP(3)),
 ('VN', 'National Day (second day)', '2027-09-03', 'system', CURRENT_TIMESTAMP(3));

-- Costa Rica: Labour Code, art. 148.
INSERT INTO country_holiday (country_code, name, annual_month, annual_day, added_by, added_at) VALUES
 ('CR', 'Año Nuevo', 1, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día de Juan Santamaría', 4, 11, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día del Trabajador', 5, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Anexión del Partido de Nicoya', 7, 25, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día de la Virgen de los Ángeles', 8, 2, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día de la Madre', 8, 15, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día de la Independencia', 9, 15, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Día de la Abolición del Ejército', 12, 1, 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Navidad', 12, 25, 'system', CURRENT_TIMESTAMP(3));
INSERT INTO country_holiday (country_code, name, holiday_date, added_by, added_at) VALUES
 ('CR', 'Jueves Santo', '2026-04-02', 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Viernes Santo', '2026-04-03', 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Jueves Santo', '2027-03-25', 'system', CURRENT_TIMESTAMP(3)),
 ('CR', 'Viernes Santo', '2027-03-26', 'system', CURRENT_TIMESTAMP(3));

-- Organisations of the seeded countries that exist already take their country's zone.
UPDATE organisation SET time_zone = (SELECT c.time_zone FROM country_calendar c WHERE c.country_code = organisation.country_code),
       time_zone_changed_by = 'system', time_zone_changed_at = CURRENT_TIMESTAMP(3)
 WHERE time_zone IS NULL AND country_code IN (SELECT country_code FROM country_calendar);
