import type { ScreeningRecord } from '../intake-ports.js';

/**
 * The physician's current decision for a protocol: the newest signed screening for it.
 * A dose is planned (and later given) only when that decision is `eligible`.
 */
export function currentSignedDecision(screenings: readonly ScreeningRecord[], protocolId: string): string | null {
  const signed = screenings
    .filter((x) => x.protocolId === protocolId && x.signature !== null)
    .sort((a, b) => (b.signature?.signedAt ?? '').localeCompare(a.signature?.signedAt ?? ''));
  return signed[0]?.signature?.decision ?? null;
}
