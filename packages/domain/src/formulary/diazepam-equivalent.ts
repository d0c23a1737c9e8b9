/**
 * Diazepam-equivalent daily dose of the benzodiazepines a patient takes (DEFAULTS.md §3; Ashton
 * 2002 conversions). Used by the "> 8 mg diazepam-equivalent/day" rule (Andrashko 2020; Feeney 2023).
 */
import { roundToDecimals } from '../units/rounding.js';
import { dailyDoseMg, type MedicationInput } from './daily-dose.js';
import { matchMedication } from './match.js';

/** One benzodiazepine's contribution, or why it has none. */
export interface DiazepamEquivalentItem {
  readonly name: string;
  readonly generic: string;
  readonly dailyDoseMg: number | null;
  readonly diazepamEquivalentMgPerDay: number | null;
  /** Why the equivalent could not be computed; null when it was. */
  readonly notComputedReason: string | null;
}

export interface DiazepamEquivalentTotal {
  /** Sum of the items that could be computed. */
  readonly totalMgPerDay: number;
  /** False when any benzodiazepine could not be converted: the total is then a lower bound. */
  readonly complete: boolean;
  readonly items: readonly DiazepamEquivalentItem[];
}

/** mg of diazepam that `equivalentMg` of a drug corresponds to: 10 mg diazepam = `equivalentMg`. */
const DIAZEPAM_REFERENCE_MG = 10;

function itemFor(
  medication: MedicationInput,
  generic: string,
  equivalentMg: number | undefined,
): DiazepamEquivalentItem {
  const daily = dailyDoseMg(medication);
  const base = { name: medication.name, generic, dailyDoseMg: daily.ok ? daily.mgPerDay : null };
  if (!daily.ok) {
    return { ...base, diazepamEquivalentMgPerDay: null, notComputedReason: daily.reason };
  }
  if (equivalentMg === undefined) {
    return {
      ...base,
      diazepamEquivalentMgPerDay: null,
      notComputedReason: `no diazepam equivalent for ${generic} in DEFAULTS.md §3`,
    };
  }
  const equivalent = roundToDecimals((daily.mgPerDay * DIAZEPAM_REFERENCE_MG) / equivalentMg, 6, 'nearest');
  return { ...base, diazepamEquivalentMgPerDay: equivalent, notComputedReason: null };
}

/**
 * Total diazepam-equivalent mg/day of the benzodiazepines in a medication list; other drugs are ignored.
 * @param medications - current medications as recorded at intake
 */
export function diazepamEquivalentMgPerDay(medications: readonly MedicationInput[]): DiazepamEquivalentTotal {
  const items: DiazepamEquivalentItem[] = [];
  for (const medication of medications) {
    const match = matchMedication(medication.name);
    if (match.status === 'recognised' && match.entry.classes.includes('benzodiazepine')) {
      items.push(itemFor(medication, match.entry.generic, match.entry.diazepamEquivalentMg));
    }
  }
  const total = items.reduce((sum, item) => sum + (item.diazepamEquivalentMgPerDay ?? 0), 0);
  return {
    totalMgPerDay: roundToDecimals(total, 6, 'nearest'),
    complete: items.every((item) => item.notComputedReason === null),
    items,
  };
}
