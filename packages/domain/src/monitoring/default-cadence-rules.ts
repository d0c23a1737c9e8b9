/**
 * The cadence rows of `monitoring.default@1` (DEFAULTS.md §4): BP before start, every 10 min
 * while dosing and every 15 min in recovery [T Emory]; esketamine before, at ~40 min and before
 * discharge [L]; the silent-monitor watchdog while infusing [P]. A missed check is a warning.
 * Sedation (MOAA/S) and dissociation (CADSS-6) are taken "at checks", so they share the cadence.
 */
import type { CadenceRule } from './monitoring-rule-set.js';

const d4 = 'DEFAULTS.md §4';
const emory =
  'Riva-Posse P et al. 2018, J Affect Disord (Emory, 684 infusions): BP every 10 min during the infusion and every 15 min thereafter (REFERENCE.md §7.1)';
const spravatoBp =
  'SPRAVATO USPI: BP before dosing and ~40 min after, then as clinically warranted (REFERENCE.md §3.2, §7.1)';

export const defaultCadenceRules: readonly CadenceRule[] = [
  {
    id: 'monitoring.cadence.bp-before-start',
    version: 1,
    summary: 'Blood pressure before start',
    severity: 'warning',
    routes: ['iv', 'im', 'intranasal'],
    phases: ['pre-start'],
    checks: ['bp'],
    schedule: { kind: 'before-start' },
    onBoard: true,
    source: { tag: 'T', citation: `${d4}: ${emory}; ${spravatoBp}` },
  },
  {
    id: 'monitoring.cadence.iv-im.dosing',
    version: 1,
    summary: 'Blood pressure and sedation every 10 min while dosing',
    severity: 'warning',
    routes: ['iv', 'im'],
    phases: ['dosing'],
    checks: ['bp', 'sedation'],
    schedule: { kind: 'every', intervalMin: 10 },
    onBoard: true,
    source: { tag: 'T', citation: `${d4}: ${emory}` },
  },
  {
    id: 'monitoring.cadence.iv-im.recovery',
    version: 1,
    summary: 'Blood pressure and sedation every 15 min in recovery',
    severity: 'warning',
    routes: ['iv', 'im'],
    phases: ['recovery'],
    checks: ['bp', 'sedation'],
    schedule: { kind: 'every', intervalMin: 15 },
    onBoard: true,
    source: { tag: 'T', citation: `${d4}: ${emory}` },
  },
  {
    id: 'monitoring.cadence.esketamine.40-min',
    version: 1,
    summary: 'Blood pressure and sedation at ~40 min after the first device',
    severity: 'warning',
    routes: ['intranasal'],
    phases: ['dosing', 'recovery'],
    checks: ['bp', 'sedation'],
    schedule: { kind: 'at-offset', offsetMin: 40, toleranceMin: 5 },
    onBoard: true,
    source: { tag: 'L', citation: `${d4}: ${spravatoBp}; "~40 min" read as 35–45 min [P]` },
  },
  {
    id: 'monitoring.cadence.esketamine.before-discharge',
    version: 1,
    summary: 'Blood pressure and sedation before discharge',
    severity: 'warning',
    routes: ['intranasal'],
    phases: ['recovery'],
    checks: ['bp', 'sedation'],
    schedule: { kind: 'before-discharge', offsetMin: 120, windowMin: 15 },
    onBoard: true,
    source: {
      tag: 'L',
      citation: `${d4}: ${spravatoBp}; REMS form "BP prior to completion" (REFERENCE.md §3.4); counts from 15 min before [P]`,
    },
  },
  {
    id: 'monitoring.cadence.silent-monitor',
    version: 1,
    summary: 'No vital signs for 5 min while infusing (monitor off?)',
    severity: 'warning',
    routes: ['iv'],
    phases: ['dosing'],
    checks: ['vitals'],
    schedule: { kind: 'every', intervalMin: 5 },
    onBoard: false,
    source: { tag: 'P', citation: `${d4}: Chairside default policy` },
  },
];
