/** FHIR search parameter handling that needs no database: date prefixes and references. */
import type { Resource } from '@medplum/fhirtypes';
import { resourceDate } from './resources.js';

const datePattern =
  /^(eq|ne|ge|gt|le|lt|sa|eb)?(\d{4}(?:-\d{2}(?:-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?)?)?)$/;

export interface DateCriterion {
  readonly prefix: 'eq' | 'ne' | 'ge' | 'gt' | 'le' | 'lt';
  /** Inclusive start and exclusive end of the value's precision, as epoch milliseconds. */
  readonly start: number;
  readonly end: number;
}

/** The [start, end) range a date or instant of any FHIR precision covers. */
function rangeOf(value: string): { start: number; end: number } {
  if (value.length > 10) {
    const t = Date.parse(value);
    return { start: t, end: t + 1000 };
  }
  const [y = 1970, m, d] = value.split('-').map(Number);
  const start = Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  const end =
    d !== undefined ? Date.UTC(y, (m ?? 1) - 1, d + 1) : m !== undefined ? Date.UTC(y, m, 1) : Date.UTC(y + 1, 0, 1);
  return { start, end };
}

/**
 * Parses `date` search values (`ge2025-01-01`, `lt2025-03`, `2025-02-10`).
 * @returns the criteria, or the first value that is not a FHIR date
 */
export function parseDateParams(values: readonly string[]): DateCriterion[] | { invalid: string } {
  const out: DateCriterion[] = [];
  for (const raw of values) {
    const match = datePattern.exec(raw);
    const prefix = match?.[1] ?? 'eq';
    if (!match?.[2] || prefix === 'sa' || prefix === 'eb' || Number.isNaN(rangeOf(match[2]).start)) {
      return { invalid: raw };
    }
    out.push({ prefix: prefix as DateCriterion['prefix'], ...rangeOf(match[2]) });
  }
  return out;
}

/** True when the resource's date satisfies every criterion; resources without a date never match a criterion. */
export function matchesDate(resource: Resource, criteria: readonly DateCriterion[]): boolean {
  if (criteria.length === 0) {
    return true;
  }
  const date = resourceDate(resource);
  if (date === null) {
    return false;
  }
  const r = rangeOf(date);
  return criteria.every((c) => {
    switch (c.prefix) {
      case 'eq':
        return r.start >= c.start && r.end <= c.end;
      case 'ne':
        return !(r.start >= c.start && r.end <= c.end);
      case 'ge':
        return r.end > c.start;
      case 'gt':
        return r.end > c.end;
      case 'le':
        return r.start < c.end;
      case 'lt':
        return r.start < c.start;
    }
  });
}

/** `Patient/123` or `123` → `123`; null when absent. */
export function patientIdOf(reference: string | undefined): string | null {
  if (reference === undefined || reference === '') {
    return null;
  }
  return reference.startsWith('Patient/') ? reference.slice('Patient/'.length) : reference;
}

const uuidPrefix = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i;

/** The record row a resource id was made from (its leading uuid), or null. */
export function sourceRowId(resourceId: string): string | null {
  return uuidPrefix.exec(resourceId)?.[1]?.toLowerCase() ?? null;
}
