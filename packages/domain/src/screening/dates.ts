/** Calendar arithmetic on YYYY-MM-DD dates (UTC, so no daylight-saving surprises). */

const MS_PER_DAY = 86_400_000;

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 * @param from - YYYY-MM-DD
 * @param to - YYYY-MM-DD
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / MS_PER_DAY);
}

/**
 * The same day `months` calendar months earlier; the 31st becomes the last day of a shorter month.
 * @param date - YYYY-MM-DD
 * @param months - whole months to go back
 */
export function monthsBefore(date: string, months: number): string {
  const [year = Number.NaN, month = Number.NaN, day = Number.NaN] = date.split('-').map(Number);
  const target = year * 12 + (month - 1) - months;
  const targetYear = Math.floor(target / 12);
  const targetMonth = target - targetYear * 12;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth + 1, 0)).getUTCDate();
  const targetDay = Math.min(day, lastDay);
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth + 1).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}
