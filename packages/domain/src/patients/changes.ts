/** One field that an amendment changed, with both values kept. */
export interface FieldChange {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** Key order carries no meaning (the database reorders JSON keys): compare with keys sorted. */
function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(sortedKeys);
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([k, v]) => [k, sortedKeys(v)]),
    );
  }
  return value;
}

function canonical(value: unknown): string {
  return JSON.stringify(sortedKeys(value ?? null));
}

/**
 * The fields whose values differ between two versions of a record. Absent and
 * empty-string count as the same, so a form that sends "" for a blank field is not a change.
 */
export function diffFields(
  before: Readonly<Record<string, unknown>>,
  after: Readonly<Record<string, unknown>>,
): FieldChange[] {
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changes: FieldChange[] = [];
  for (const field of keys) {
    const from = before[field] === '' ? undefined : before[field];
    const to = after[field] === '' ? undefined : after[field];
    if (canonical(from) !== canonical(to)) {
      changes.push({ field, from: from ?? null, to: to ?? null });
    }
  }
  return changes;
}
