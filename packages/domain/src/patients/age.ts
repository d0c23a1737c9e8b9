/** Whole years between an ISO date of birth (YYYY-MM-DD) and an ISO date (YYYY-MM-DD). */
export function ageInYears(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number);
  const [y, m, d] = onDate.split('-').map(Number);
  if (
    by === undefined ||
    bm === undefined ||
    bd === undefined ||
    y === undefined ||
    m === undefined ||
    d === undefined
  ) {
    throw new RangeError(`Not an ISO date: ${dateOfBirth} / ${onDate}`);
  }
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}

/** The calendar date (UTC) of an instant, as YYYY-MM-DD. */
export function isoDate(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** True for a real calendar date written YYYY-MM-DD (rejects 2023-02-30). */
export function isIsoCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
