import { describe, expect, it } from 'vitest';
import {
  ageAt, ageRange, compareDates, daysBetween, formatAge, formatDate, formatRange, isPartialDate,
  parsePartialDate, precisionOf, todayPartial, yearsBetween,
} from '../../core/dates';

describe('partial dates', () => {
  it('accepts the three precisions and negative years, rejects impossible dates', () => {
    for (const d of ['1953', '1989-07', '1989-07-10', '-0044', '2020-02-29']) expect(isPartialDate(d)).toBe(true);
    for (const d of ['1989-13', '1989-07-32', '2021-02-29', '10 July 1989', '', '2021-8-1']) expect(isPartialDate(d)).toBe(false);
    expect(precisionOf('1953')).toBe('year');
    expect(precisionOf('1953-09')).toBe('month');
    expect(precisionOf('1953-09-02')).toBe('day');
  });

  it('reads page date-times as the date written', () => {
    expect(parsePartialDate('2021-08-22T09:15:00+04:00')).toBe('2021-08-22');
    expect(parsePartialDate(' 2021-08-22 ')).toBe('2021-08-22');
    expect(parsePartialDate('Sunday')).toBeNull();
    expect(parsePartialDate(undefined)).toBeNull();
  });

  it('compares at the shared precision', () => {
    expect(compareDates('2021-08', '2021-08-22')).toBe(0);
    expect(compareDates('1953', '1953-09-02')).toBe(0);
    expect(compareDates('2021-08-15', '2021-08-22')).toBe(-1);
    expect(compareDates('2022', '2021-12-31')).toBe(1);
    expect(compareDates('-0044', '0014')).toBe(-1);
  });

  it('gives ages at a date, open when the precision is', () => {
    expect(ageAt('1989-07-10', '2021-08-22')).toBe(32);
    expect(ageAt('1989-07-10', '2021-07-09')).toBe(31);
    expect(ageAt('1989-07-10', '2021-07-10')).toBe(32);
    expect(ageAt('1953-09-02', '2001-09-09')).toBe(48); // a week after his 48th birthday
    expect(ageAt('1953-09-02', '2001-09-01')).toBe(47);
    expect(ageRange('1961', '2021-08-22')).toEqual([59, 60]);
    expect(ageAt('1961', '2021-08-22')).toBeUndefined();
    expect(formatAge('1961', '2021-08-22')).toBe('59 or 60');
    // A round-hundred birth year BC is an estimate: no age (Khufu, born c. 2600 BC, died 2566 BC).
    expect(formatAge('-2600', '-2566')).toBeNull();
    expect(formatAge('-0069', '-0030')).not.toBeNull();
    expect(formatAge('2030-01-01', '2021-08-22')).toBeNull();
  });

  it('formats dates and spans for reading', () => {
    expect(formatDate('1989-07-10')).toBe('10 July 1989');
    expect(formatDate('2021-08')).toBe('August 2021');
    expect(formatDate('1953')).toBe('1953');
    expect(formatDate('-0044')).toBe('44 BC');
    expect(formatRange('1992', '1996')).toBe('1992–1996');
    expect(formatRange('2020-02-19', '2021-08-15')).toBe('19 February 2020 – 15 August 2021');
  });

  it('counts years and days between dates', () => {
    expect(yearsBetween('2019-08-21', '2021-08-22')).toBe(2);
    expect(yearsBetween('2019-08-23', '2021-08-22')).toBe(1);
    expect(yearsBetween('2021-08-22', '2019-08-22')).toBe(-2);
    expect(daysBetween('2001-09-09', '2001-09-11')).toBe(2);
    // The reader's own calendar day, late in the evening too.
    expect(todayPartial(new Date(2026, 10, 25, 23, 59))).toBe('2026-11-25');
  });
});
