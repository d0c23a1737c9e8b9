import type { AppDeps, PatientRow, PatientSearch, RequestContext } from '../ports.js';

const usDate = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const mrnLike = /^cs-?\d{0,7}(-\d?)?$/i;

/**
 * Turns what the desk types into a search: words match any part of the names (any case,
 * partial), a date matches the date of birth, an MRN-looking word matches the MRN prefix.
 */
export function parsePatientQuery(q: string, limit: number): PatientSearch {
  const terms: string[] = [];
  let dateOfBirth: string | null = null;
  let mrn: string | null = null;
  for (const word of q
    .trim()
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)) {
    const us = usDate.exec(word);
    if (us?.[1] && us[2] && us[3]) {
      dateOfBirth = `${us[3]}-${us[1].padStart(2, '0')}-${us[2].padStart(2, '0')}`;
    } else if (isoDay.test(word)) {
      dateOfBirth = word;
    } else if (mrnLike.test(word) && /\d/.test(word)) {
      mrn = word.toUpperCase();
    } else {
      terms.push(word);
    }
  }
  return { terms, dateOfBirth, mrn, limit };
}

export async function searchPatients(
  deps: AppDeps,
  ctx: RequestContext,
  input: { q?: string; limit?: number },
): Promise<{ items: PatientRow[]; total: number }> {
  const query = parsePatientQuery(input.q ?? '', input.limit ?? 25);
  return deps.tx.run(async (s) => {
    const result = await s.patients.search(query);
    await s.audit.append(ctx, {
      action: 'patient.search',
      recordType: 'patient',
      changes: { q: input.q ?? '', results: result.items.map((p) => p.id) },
    });
    return result;
  });
}
