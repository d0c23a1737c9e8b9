import { describe, expect, it } from 'vitest';
import { formularyEntries } from './data/index.js';
import { findDuplicateNames, matchMedication, normaliseMedicationName } from './match.js';

function generic(name: string): string | null {
  const match = matchMedication(name);
  return match.status === 'recognised' ? match.entry.generic : null;
}

describe('matchMedication', () => {
  // Every drug and class DEFAULTS.md §3 names, by generic and by common US brand.
  it.each([
    ['Xanax', 'alprazolam'],
    ['xanax 0.5mg', 'alprazolam'],
    ['Xanax XR 1 mg', 'alprazolam'],
    ['  KLONOPIN  ', 'clonazepam'],
    ['Klonopin 0.5 mg tablet', 'clonazepam'],
    ['Ativan', 'lorazepam'],
    ['Valium 5mg', 'diazepam'],
    ['Librium', 'chlordiazepoxide'],
    ['Onfi', 'clobazam'],
    ['Serax', 'oxazepam'],
    ['Restoril 30 mg qhs', 'temazepam'],
    ['Halcion', 'triazolam'],
    ['Lamictal', 'lamotrigine'],
    ['Lamictal XR 200mg', 'lamotrigine'],
    ['lamotrigine ODT', 'lamotrigine'],
    ['Vivitrol', 'naltrexone'],
    ['ReVia', 'naltrexone'],
    ['Contrave', 'naltrexone/bupropion'],
    ['Nardil', 'phenelzine'],
    ['Parnate', 'tranylcypromine'],
    ['Marplan', 'isocarboxazid'],
    ['Emsam 6 mg/24 hr', 'selegiline'],
    ['Eldepryl', 'selegiline'],
    ['rasagiline', 'rasagiline'],
    ['Adderall XR 20 mg', 'amphetamine'],
    ['Vyvanse', 'lisdexamfetamine'],
    ['dextroamphetamine', 'dextroamphetamine'],
    ['Ritalin', 'methylphenidate'],
    ['Concerta 36mg', 'methylphenidate'],
    ['Focalin XR', 'dexmethylphenidate'],
    ['Provigil', 'modafinil'],
    ['Nuvigil', 'armodafinil'],
    ['OxyContin', 'oxycodone'],
    ['Percocet 5/325', 'oxycodone/acetaminophen'],
    ['Norco', 'hydrocodone/acetaminophen'],
    ['morphine sulfate ER', 'morphine'],
    ['Duragesic 25 mcg/h patch', 'fentanyl'],
    ['tramadol', 'tramadol'],
    ['Suboxone 8/2 mg film', 'buprenorphine/naloxone'],
    ['methadone', 'methadone'],
    ['Dilaudid', 'hydromorphone'],
    ['Nucynta', 'tapentadol'],
    ['Tylenol #3', 'acetaminophen/codeine'],
    ['codeine', 'codeine'],
    ['Ambien', 'zolpidem'],
    ['Lunesta', 'eszopiclone'],
    ['Neurontin 300 mg tid', 'gabapentin'],
    ['Lyrica', 'pregabalin'],
    ['Flexeril', 'cyclobenzaprine'],
    ['Soma', 'carisoprodol'],
    ['Theo-24', 'theophylline'],
    ['aminophylline', 'aminophylline'],
    ['Namenda', 'memantine'],
    ['amantadine', 'amantadine'],
    ['Biaxin', 'clarithromycin'],
    ['itraconazole', 'itraconazole'],
    ['ketoconazole', 'ketoconazole'],
    ['Norvir', 'ritonavir'],
    ['Paxlovid', 'nirmatrelvir/ritonavir'],
    ['ticlopidine', 'ticlopidine'],
    ['rifampicin', 'rifampin'],
    ['Rifadin', 'rifampin'],
    ['Tegretol XR', 'carbamazepine'],
    ['Dilantin', 'phenytoin'],
    ["St. John's Wort", 'st johns wort'],
    ['St John’s wort 300mg', 'st johns wort'],
    ['Zoloft', 'sertraline'],
    ['Lexapro 10 mg', 'escitalopram'],
    ['Effexor XR', 'venlafaxine'],
    ['Cymbalta', 'duloxetine'],
    ['bupropion HCl XL 300 mg', 'bupropion'],
    ['Wellbutrin XL', 'bupropion'],
    ['Remeron', 'mirtazapine'],
    ['trazodone 50mg at bedtime', 'trazodone'],
    ['amitriptyline', 'amitriptyline'],
    ['Pamelor', 'nortriptyline'],
    ['lithium carbonate 300 mg', 'lithium'],
    ['Depakote ER', 'valproate'],
    ['divalproex sodium', 'valproate'],
    ['Seroquel', 'quetiapine'],
    ['Abilify', 'aripiprazole'],
    ['Auvelity', 'dextromethorphan/bupropion'],
  ])('%s → %s', (input, expected) => {
    expect(generic(input)).toBe(expected);
  });

  it.each(['', '   ', 'Tylenol', 'xanaxx', 'vitamin D', 'Klonopine', '0.5 mg'])(
    '"%s" is unrecognised, not guessed',
    (input) => {
      const match = matchMedication(input);
      expect(match.status).toBe('unrecognised');
      expect(match.input).toBe(input);
    },
  );

  it('says what it matched on', () => {
    expect(matchMedication('Xanax')).toMatchObject({ status: 'recognised', matchedOn: 'brand', matchedName: 'Xanax' });
    expect(matchMedication('alprazolam')).toMatchObject({ matchedOn: 'generic' });
    expect(matchMedication('rifampicin')).toMatchObject({ matchedOn: 'synonym' });
  });

  it('does not match by first word (a guess could hide an opioid)', () => {
    expect(matchMedication('Tylenol with codeine').status).toBe('recognised');
    expect(generic('Tylenol with codeine')).toBe('acetaminophen/codeine');
    expect(matchMedication('Xanax plus something').status).toBe('unrecognised');
  });

  it('normalises case, spaces and punctuation', () => {
    expect(normaliseMedicationName('  St.  John’s   WORT ')).toBe('st johns wort');
    expect(normaliseMedicationName('Xanax 0.5mg')).toBe('xanax 0.5mg');
    expect(normaliseMedicationName('naltrexone/bupropion')).toBe('naltrexone bupropion');
  });
});

describe('formulary data', () => {
  it('gives every name to one drug only', () => {
    expect(findDuplicateNames()).toEqual([]);
    expect(findDuplicateNames([...formularyEntries, formularyEntries[0]!])).toEqual([]);
    expect(
      findDuplicateNames([...formularyEntries, { ...formularyEntries[0]!, generic: 'other', brands: ['Xanax'] }]),
    ).toContain('xanax');
  });

  it('matches every generic, synonym and brand it lists back to its own entry', () => {
    for (const entry of formularyEntries) {
      for (const name of [entry.generic, ...entry.synonyms, ...entry.brands]) {
        expect(generic(name), name).toBe(entry.generic);
      }
    }
  });

  it('gives diazepam equivalents only to benzodiazepines, exactly as DEFAULTS.md §3', () => {
    const table = Object.fromEntries(
      formularyEntries
        .filter((e) => e.diazepamEquivalentMg !== undefined)
        .map((e) => [e.generic, e.diazepamEquivalentMg]),
    );
    expect(table).toEqual({
      diazepam: 10,
      alprazolam: 0.5,
      clonazepam: 0.5,
      lorazepam: 1,
      chlordiazepoxide: 25,
      clobazam: 20,
      oxazepam: 20,
      temazepam: 20,
    });
    for (const entry of formularyEntries) {
      if (entry.diazepamEquivalentMg !== undefined) {
        expect(entry.classes).toContain('benzodiazepine');
      }
    }
  });
});
