import { addDays, formatIsoDate, parseIsoDate, weekdayOf, type IsoDate } from './dates.ts';

/** A general public holiday in the Netherlands: its date and its Dutch name. */
export interface PublicHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/**
 * Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, "Meeus/Jones/Butcher").
 * Valid for every Gregorian year; Ketentafel only needs the years a table runs.
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return formatIsoDate({ year, month, day });
}

/** King's Day: 27 April, or 26 April when the 27th is a Sunday (Wet vaststelling Koningsdag, since 2014). */
function kingsDay(year: number): IsoDate {
  const date = formatIsoDate({ year, month: 4, day: 27 });
  return weekdayOf(date) === 0 ? addDays(date, -1) : date;
}

/**
 * The general public holidays of the Netherlands in `year`, in date order: the days the Algemene termijnenwet
 * (art. 3) names — New Year's Day, Easter Monday, Ascension Day, Whit Monday, Christmas Day and Boxing Day, King's
 * Day and 5 May — plus Easter Sunday and Whit Sunday, which fall on a Sunday anyway. Good Friday is not one. These
 * are national, so Ketentafel can know them; a table's own closing days are not modelled.
 */
export function dutchPublicHolidays(year: number): readonly PublicHoliday[] {
  const easter = easterSunday(year);
  const holidays: PublicHoliday[] = [
    { date: formatIsoDate({ year, month: 1, day: 1 }), name: 'Nieuwjaarsdag' },
    { date: easter, name: 'Eerste Paasdag' },
    { date: addDays(easter, 1), name: 'Tweede Paasdag' },
    { date: kingsDay(year), name: 'Koningsdag' },
    { date: formatIsoDate({ year, month: 5, day: 5 }), name: 'Bevrijdingsdag' },
    { date: addDays(easter, 39), name: 'Hemelvaartsdag' },
    { date: addDays(easter, 49), name: 'Eerste Pinksterdag' },
    { date: addDays(easter, 50), name: 'Tweede Pinksterdag' },
    { date: formatIsoDate({ year, month: 12, day: 25 }), name: 'Eerste Kerstdag' },
    { date: formatIsoDate({ year, month: 12, day: 26 }), name: 'Tweede Kerstdag' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** The Dutch public holiday on `date`, or null. */
export function publicHolidayOn(date: IsoDate): PublicHoliday | null {
  return dutchPublicHolidays(parseIsoDate(date).year).find((h) => h.date === date) ?? null;
}
