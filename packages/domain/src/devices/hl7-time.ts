/**
 * HL7 v2 DTM values (`YYYYMMDDHHMM[SS[.S…]]±ZZZZ`) to ISO 8601 instants.
 * IHE PCD-01 [G] asks for the UTC offset on every time; a time without one could mean two
 * different moments, so it is refused rather than read in the server's zone.
 */
const dtm = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?(?:\.(\d{1,4}))?([+-])(\d{2})(\d{2})$/;

/** Returns the ISO instant, or null when the value is absent, partial, zone-less or impossible. */
export function hl7TimeToIso(value: string): string | null {
  const match = dtm.exec(value.trim());
  if (match === null) {
    return null;
  }
  const [, y, mo, d, h, mi, s = '00', frac = '', sign, zh, zm] = match as unknown as string[];
  const ms = Number(`0.${frac || '0'}`) * 1000;
  const offsetMin = (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm));
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(ms));
  const check = new Date(local);
  if (
    check.getUTCMonth() !== Number(mo) - 1 ||
    check.getUTCDate() !== Number(d) ||
    Number(h) > 23 ||
    Number(mi) > 59 ||
    Number(s) > 59
  ) {
    return null;
  }
  return new Date(local - offsetMin * 60_000).toISOString();
}
