/**
 * Benzodiazepines. Diazepam equivalents are exactly those of DEFAULTS.md §3 (10 mg diazepam =
 * alprazolam 0.5, clonazepam 0.5, lorazepam 1, chlordiazepoxide 25, clobazam 20, oxazepam 20,
 * temazepam 20 mg; Ashton, "Benzodiazepines: how they work and how to withdraw", 2002). The others
 * are recognised but have no figure in DEFAULTS, so their equivalent is reported as not computed.
 */
import { drug, DrugClass, type FormularyEntry } from '../types.js';

const bzd = [DrugClass.Benzodiazepine, DrugClass.CnsDepressant] as const;

export const benzodiazepines: readonly FormularyEntry[] = [
  drug('diazepam', bzd, ['Valium', 'Diastat', 'Valtoco', 'Libervant'], { diazepamEquivalentMg: 10 }),
  drug('alprazolam', bzd, ['Xanax', 'Xanax XR', 'Niravam'], { diazepamEquivalentMg: 0.5 }),
  drug('clonazepam', bzd, ['Klonopin', 'Klonopin Wafers'], { diazepamEquivalentMg: 0.5 }),
  drug('lorazepam', bzd, ['Ativan', 'Loreev XR'], { diazepamEquivalentMg: 1 }),
  drug('chlordiazepoxide', bzd, ['Librium'], { diazepamEquivalentMg: 25 }),
  drug('clobazam', bzd, ['Onfi', 'Sympazan'], { diazepamEquivalentMg: 20 }),
  drug('oxazepam', bzd, ['Serax'], { diazepamEquivalentMg: 20 }),
  drug('temazepam', bzd, ['Restoril'], { diazepamEquivalentMg: 20 }),
  drug('clorazepate', bzd, ['Tranxene', 'Tranxene T-Tab']),
  drug('estazolam', bzd, ['ProSom']),
  drug('flurazepam', bzd, ['Dalmane']),
  drug('triazolam', bzd, ['Halcion']),
  drug('quazepam', bzd, ['Doral']),
  drug('midazolam', bzd, ['Versed', 'Nayzilam', 'Seizalam']),
];
