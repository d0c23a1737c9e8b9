/**
 * Which observation codes a bedside monitor may send for each vital sign, as data.
 * Codes are matched by their NUMBER (IEEE 11073-10101 MDC) or LOINC code, never by the
 * text alias: the same MDC code travels under several names (147842 is sent both as
 * MDC_ECG_HEART_RATE and MDC_ECG_CARD_BEAT_RATE).
 *
 * Sources: [G] IHE PCD Technical Framework Vol. 2 (PCD-01 OBX-3 uses the MDC term code and
 * reference id, coding system "MDC"); IEEE 11073-10101 nomenclature via the NIST Rosetta
 * Terminology Mapping; LOINC codes from REFERENCE.md §9.3 (FHIR vital-signs ValueSet).
 * Codes marked `verify` were seen only in public sample messages, not in the standard text.
 */
import type { VitalMeasure } from '../monitoring/vital-reading.js';

export interface VitalCode {
  readonly code: string;
  readonly system: 'MDC' | 'LN';
  readonly measure: VitalMeasure;
  readonly names: readonly string[];
  readonly source: string;
}

const mdc = (
  code: number,
  measure: VitalMeasure,
  names: string[],
  source = '[G] IEEE 11073-10101 / RTMMS',
): VitalCode => ({
  code: String(code),
  system: 'MDC',
  measure,
  names,
  source,
});
const loinc = (code: string, measure: VitalMeasure, name: string): VitalCode => ({
  code,
  system: 'LN',
  measure,
  names: [name],
  source: '[G] LOINC via FHIR vital-signs ValueSet (REFERENCE.md §9.3)',
});

export const vitalCodes: readonly VitalCode[] = [
  mdc(150021, 'systolicMmHg', ['MDC_PRESS_BLD_NONINV_SYS']),
  mdc(150022, 'diastolicMmHg', ['MDC_PRESS_BLD_NONINV_DIA']),
  mdc(150301, 'systolicMmHg', ['MDC_PRESS_CUFF_SYS']),
  mdc(150302, 'diastolicMmHg', ['MDC_PRESS_CUFF_DIA']),
  mdc(150456, 'spo2Pct', ['MDC_PULS_OXIM_SAT_O2']),
  mdc(147842, 'heartRateBpm', ['MDC_ECG_HEART_RATE', 'MDC_ECG_CARD_BEAT_RATE']),
  mdc(149530, 'heartRateBpm', ['MDC_PULS_OXIM_PULS_RATE']),
  mdc(149546, 'heartRateBpm', ['MDC_PULS_RATE_NON_INV', 'MDC_BLD_PULS_RATE_INV']),
  mdc(151562, 'respiratoryRatePerMin', ['MDC_RESP_RATE']),
  mdc(
    151658,
    'respiratoryRatePerMin',
    ['MDC_PULS_OXIM_PLETH_RESP_RATE'],
    '[S] public PCD-01 sample messages — verify against RTMMS',
  ),
  mdc(151708, 'etco2MmHg', ['MDC_AWAY_CO2_ET'], '[S] issue text — not found in public samples; verify against RTMMS'),
  loinc('8480-6', 'systolicMmHg', 'Systolic blood pressure'),
  loinc('8462-4', 'diastolicMmHg', 'Diastolic blood pressure'),
  loinc('8867-4', 'heartRateBpm', 'Heart rate'),
  loinc('9279-1', 'respiratoryRatePerMin', 'Respiratory rate'),
  loinc('59408-5', 'spo2Pct', 'Oxygen saturation in Arterial blood by Pulse oximetry'),
  loinc('2708-6', 'spo2Pct', 'Oxygen saturation in Arterial blood'),
  loinc('19891-1', 'etco2MmHg', 'Carbon dioxide [Partial pressure] in Exhaled gas --at end expiration'),
];

/**
 * Mean pressures (150023 MDC_PRESS_BLD_NONINV_MEAN, 150303 MDC_PRESS_CUFF_MEAN) are
 * recognised so they are not reported as unknown, but VitalReading has no MAP field: they
 * are logged, not charted.
 */
export const recognisedNotCharted: ReadonlySet<string> = new Set(['150023', '150303']);

/** Accepts `MDC`, `ISO11073-10101` and LOINC's `LN`/`LOINC`; a bare number is read as MDC. */
export function findVitalCode(code: string, system: string): VitalCode | undefined {
  const normalised = system.trim().toUpperCase();
  const family = normalised === 'LN' || normalised === 'LOINC' ? 'LN' : 'MDC';
  if (family === 'MDC' && normalised !== '' && normalised !== 'MDC' && !normalised.startsWith('ISO11073')) {
    return undefined;
  }
  return vitalCodes.find((entry) => entry.system === family && entry.code === code.trim());
}
