import { InvalidInputError, type DoseLimit, type DoseSpec, type FieldFault, type Protocol } from '@chairside/domain';

/** The defaults a medical director may set, by dose mode (DEFAULTS.md §1; `DoseSpec`). */
const editableDefaults: Readonly<Record<DoseSpec['mode'], readonly string[]>> = {
  'mg-per-kg-over-duration': ['defaultDoseMgPerKg', 'defaultDurationMin'],
  'mg-per-kg-per-hour-infusion': ['defaultInfusionMgPerKgPerHour', 'defaultDurationMin', 'defaultBolusMgPerKg'],
  'mg-per-kg-single-injection': ['defaultDoseMgPerKg'],
  'fixed-mg-devices': ['firstSessionDoseMg', 'deviceIntervalMin'],
};

export interface RevisionInput {
  readonly reason: string;
  readonly title?: string;
  readonly dose: Readonly<Record<string, number | null | undefined>>;
  readonly limits: readonly Omit<DoseLimit, 'version'>[];
}

/** The dose spec with the given defaults; a key the mode does not have is a fault, not ignored. */
function mergeDose(previous: DoseSpec, dose: RevisionInput['dose']): DoseSpec {
  const allowed = editableDefaults[previous.mode];
  const faults: FieldFault[] = Object.keys(dose)
    .filter((key) => dose[key] !== undefined && !allowed.includes(key))
    .map((key) => ({ field: `dose/${key}`, message: `${key} is not a default of a ${previous.mode} protocol` }));
  if (faults.length > 0) {
    throw new InvalidInputError('Some defaults do not belong to this protocol', { fields: faults });
  }
  const given = Object.fromEntries(Object.entries(dose).filter(([, value]) => value !== undefined));
  return { ...previous, ...given };
}

/** JSON with sorted keys: a stored (jsonb) limit and a sent one compare by content, not key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) {
    return `[${value.map(canonical).join(',')}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonical(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const sameContent = (a: Omit<DoseLimit, 'version'>, b: DoseLimit): boolean => {
  const { version: _v, ...rest } = b;
  return canonical(a) === canonical(rest);
};

/** Each limit's rule version: an unchanged limit is kept as stored, a changed one is +1, a new one 1. */
function versionLimits(previous: readonly DoseLimit[], next: RevisionInput['limits']): DoseLimit[] {
  return next.map((limit) => {
    const old = previous.find((candidate) => candidate.id === limit.id);
    if (old !== undefined && sameContent(limit, old)) {
      return old;
    }
    return { ...limit, version: old === undefined ? 1 : old.version + 1 };
  });
}

/**
 * The proposed next version built from the previous one and the medical director's edits. The
 * identity (id, route, drug, mode), fasting and pregnancy rules carry over unchanged.
 * @param previous - the latest version
 * @param input - reason, defaults and the full list of limits
 */
export function draftRevision(previous: Protocol, input: RevisionInput): Protocol {
  return {
    ...previous,
    title: input.title?.trim() ? input.title.trim() : previous.title,
    version: previous.version + 1,
    dose: mergeDose(previous.dose, input.dose),
    limits: versionLimits(previous.limits, input.limits),
    revisionReason: input.reason.trim(),
  };
}
