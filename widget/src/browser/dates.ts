import { type WidgetLanguage } from './labels';

/** How precisely a date is known (the API's DatePrecision). */
export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR';

const locale = (language: WidgetLanguage) => (language === 'en' ? 'en-GB' : `${language}-BE`);

/**
 * A date at the precision its source gives: "15 June 2019", "November 2019" or "2019" (in the reader's language).
 * `date` is an ISO date (`2019-11-01`), or a month (`2019-11`) or a year (`2019`) on their own.
 */
export function formatDate(date: string, language: WidgetLanguage, precision: DatePrecision = 'DAY', style: 'long' | 'medium' = 'long'): string {
  const [year, month = '01', day = '01'] = date.split('-');
  const parsed = new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime())) return date;
  const options: Intl.DateTimeFormatOptions =
    precision === 'YEAR'
      ? { year: 'numeric' }
      : precision === 'MONTH'
        ? { year: 'numeric', month: 'long' }
        : { dateStyle: style };
  return new Intl.DateTimeFormat(locale(language), { ...options, timeZone: 'UTC' }).format(parsed);
}
