import { describe, expect, it } from 'vitest';
import { dailyDoseMg, type MedicationInput } from './daily-dose.js';
import { diazepamEquivalentMgPerDay } from './diazepam-equivalent.js';

describe('dailyDoseMg', () => {
  it.each<[MedicationInput, number]>([
    [{ name: 'x', dose: 10, unit: 'mg', frequency: 'once-daily' }, 10],
    [{ name: 'x', dose: 0.5, unit: 'mg', frequency: 'twice-daily' }, 1],
    [{ name: 'x', dose: 0.1, unit: 'mg', frequency: 'three-times-daily' }, 0.3],
    [{ name: 'x', dose: 5, unit: 'mg', frequency: 'four-times-daily' }, 20],
    [{ name: 'x', dose: 15, unit: 'mg', frequency: 'at-bedtime' }, 15],
    [{ name: 'x', dose: 10, unit: 'mg', frequency: 'every-other-day' }, 5],
    [{ name: 'x', dose: 70, unit: 'mg', frequency: 'weekly' }, 10],
    [{ name: 'x', dose: 140, unit: 'mg', frequency: 'every-2-weeks' }, 10],
    [{ name: 'x', dose: 380, unit: 'mg', frequency: 'every-4-weeks' }, 13.571429],
    [{ name: 'x', dose: 500, unit: 'mcg', frequency: 'twice-daily' }, 1],
    [{ name: 'x', dose: 1, unit: 'g', frequency: 'once-daily' }, 1000],
    [{ name: 'x', dose: 1, unit: 'mg', frequency: 'as-needed', maxDosesPerDay: 3 }, 3],
  ])('%o → %s mg/day', (medication, expected) => {
    expect(dailyDoseMg(medication)).toEqual({ ok: true, mgPerDay: expected });
  });

  it.each<[MedicationInput, string]>([
    [{ name: 'x', dose: 1, unit: 'mg', frequency: 'as-needed' }, 'as needed'],
    [{ name: 'x', dose: 1, unit: 'mg', frequency: 'as-needed', maxDosesPerDay: 0 }, 'maximum'],
    [{ name: 'x', dose: 1, unit: 'mg' }, 'frequency'],
    [{ name: 'x', unit: 'mg', frequency: 'once-daily' }, 'dose'],
    [{ name: 'x', dose: 1, frequency: 'once-daily' }, 'unit'],
    [{ name: 'x', dose: 2, unit: 'tablet', frequency: 'once-daily' }, 'strength'],
    [{ name: 'x', dose: 5, unit: 'mL', frequency: 'once-daily' }, 'strength'],
    [{ name: 'x', dose: 0, unit: 'mg', frequency: 'once-daily' }, 'positive'],
    [{ name: 'x', dose: Number.NaN, unit: 'mg', frequency: 'once-daily' }, 'positive'],
  ])('%o is not computed (%s), never guessed', (medication, reason) => {
    const result = dailyDoseMg(medication);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('diazepamEquivalentMgPerDay (Ashton 2002, DEFAULTS.md §3)', () => {
  // 10 mg diazepam = alprazolam 0.5, clonazepam 0.5, lorazepam 1, chlordiazepoxide 25, clobazam 20, oxazepam 20, temazepam 20 mg.
  it.each([
    ['diazepam', 10, 10],
    ['alprazolam', 0.5, 10],
    ['Xanax', 0.25, 5],
    ['clonazepam', 0.5, 10],
    ['Klonopin', 1, 20],
    ['lorazepam', 1, 10],
    ['Ativan', 0.5, 5],
    ['chlordiazepoxide', 25, 10],
    ['clobazam', 20, 10],
    ['oxazepam', 20, 10],
    ['temazepam', 20, 10],
    ['Restoril', 30, 15],
  ])('%s %s mg once daily = %s mg diazepam', (name, dose, expected) => {
    const result = diazepamEquivalentMgPerDay([{ name, dose, unit: 'mg', frequency: 'once-daily' }]);
    expect(result.totalMgPerDay).toBe(expected);
    expect(result.complete).toBe(true);
  });

  it('sums several benzodiazepines and ignores other drugs', () => {
    const result = diazepamEquivalentMgPerDay([
      { name: 'Xanax 0.25mg', dose: 0.25, unit: 'mg', frequency: 'three-times-daily' },
      { name: 'Klonopin', dose: 0.5, unit: 'mg', frequency: 'at-bedtime' },
      { name: 'sertraline', dose: 100, unit: 'mg', frequency: 'once-daily' },
    ]);
    expect(result.totalMgPerDay).toBe(25);
    expect(result.items.map((i) => i.generic)).toEqual(['alprazolam', 'clonazepam']);
  });

  it('counts "as needed" at its maximum and marks uncomputable doses incomplete', () => {
    const result = diazepamEquivalentMgPerDay([
      { name: 'Ativan', dose: 1, unit: 'mg', frequency: 'as-needed', maxDosesPerDay: 2 },
      { name: 'Xanax', dose: 0.5, unit: 'mg', frequency: 'as-needed' },
      { name: 'Halcion', dose: 0.25, unit: 'mg', frequency: 'at-bedtime' },
    ]);
    expect(result.totalMgPerDay).toBe(20);
    expect(result.complete).toBe(false);
    expect(result.items[1]).toMatchObject({ generic: 'alprazolam', diazepamEquivalentMgPerDay: null });
    expect(result.items[2]?.notComputedReason).toContain('no diazepam equivalent');
  });

  it('is zero and complete with no benzodiazepines', () => {
    expect(diazepamEquivalentMgPerDay([{ name: 'Zoloft', dose: 50, unit: 'mg', frequency: 'once-daily' }])).toEqual({
      totalMgPerDay: 0,
      complete: true,
      items: [],
    });
  });
});
