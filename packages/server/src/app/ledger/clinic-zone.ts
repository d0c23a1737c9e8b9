import { localDateAt, MissingInputError } from '@chairside/domain';
import type { Stores } from '../ports.js';

/**
 * The clinic's IANA time zone: expiry is checked against the clinic's date and the DEA notice
 * clock counts its business days. Never defaulted: without it the command is refused.
 */
export async function clinicTimeZone(s: Stores): Promise<string> {
  const settings = await s.clinic.getSettings();
  if (!settings) {
    throw MissingInputError.forField(
      'timeZone',
      'Set the clinic’s time zone in Clinic set-up first: expiry dates and the DEA notice clock use the clinic’s local date',
    );
  }
  return settings.timeZone;
}

/** The clinic's calendar date now. */
export async function clinicDate(s: Stores, now: Date): Promise<string> {
  return localDateAt(now.toISOString(), await clinicTimeZone(s));
}
