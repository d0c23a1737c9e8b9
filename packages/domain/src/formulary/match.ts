/**
 * Matching what a patient or a nurse typed ("Xanax 0.5mg", "bupropion HCl XL 300 mg") to a
 * formulary entry. Matching is exact on a normalised name; only trailing strength, dose-form,
 * release and salt words are stripped, one at a time. There is no fuzzy or first-word match: a
 * guess ("Tylenol with codeine" → Tylenol) could hide an opioid. What does not match is returned
 * as `unrecognised`, never dropped.
 */
import { formularyEntries } from './data/index.js';
import type { FormularyEntry, MedicationMatch } from './types.js';

/** Words that may trail a drug name without changing the drug. */
const trailingWords = new Set([
  'tablet',
  'tablets',
  'tab',
  'tabs',
  'capsule',
  'capsules',
  'cap',
  'caps',
  'oral',
  'po',
  'solution',
  'suspension',
  'liquid',
  'syrup',
  'injection',
  'inj',
  'im',
  'iv',
  'patch',
  'transdermal',
  'sublingual',
  'film',
  'spray',
  'er',
  'xr',
  'sr',
  'cr',
  'la',
  'xl',
  'ir',
  'cd',
  'dr',
  'odt',
  'extended',
  'immediate',
  'delayed',
  'release',
  'hcl',
  'hydrochloride',
  'hydrobromide',
  'sodium',
  'potassium',
  'carbonate',
  'citrate',
  'tartrate',
  'mesylate',
  'succinate',
  'besylate',
  'maleate',
  'sulfate',
  'sulphate',
  'bitartrate',
  'fumarate',
  'dimesylate',
  'hbr',
  'mg',
  'mcg',
  'ug',
  'µg',
  'g',
  'ml',
  'units',
  'unit',
  'iu',
  '%',
  'h',
  'hr',
  'day',
  'daily',
  'bid',
  'tid',
  'qid',
  'qhs',
  'hs',
  'prn',
  'qd',
  'nightly',
  'weekly',
  'at',
  'bedtime',
  'night',
  'morning',
  'once',
  'twice',
  'a',
  'per',
  'as',
  'needed',
]);

/** A strength token: "0.5", "0.5mg", "10mg/ml" after punctuation was spaced out, "24h". */
const strengthToken = /^\d+(?:\.\d+)?(?:mg|mcg|ug|µg|g|ml|iu|units?|%|h|hr)?$/;

/**
 * The comparable form of a name: NFKC, lower case, apostrophes and stray dots removed,
 * separators spaced, whitespace collapsed.
 * @param name - a drug name as typed
 */
export function normaliseMedicationName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘`´']/g, '')
    .replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
    .replace(/[\s/\\,;:+&()[\]{}#*_-]+/g, ' ')
    .trim();
}

interface IndexedName {
  readonly entry: FormularyEntry;
  readonly name: string;
  readonly on: 'generic' | 'brand' | 'synonym';
}

function buildIndex(entries: readonly FormularyEntry[]): ReadonlyMap<string, IndexedName> {
  const index = new Map<string, IndexedName>();
  const add = (entry: FormularyEntry, name: string, on: IndexedName['on']): void => {
    const key = normaliseMedicationName(name);
    // First writer wins; the formulary test asserts that no name is claimed by two entries.
    if (!index.has(key)) {
      index.set(key, { entry, name, on });
    }
  };
  for (const entry of entries) {
    add(entry, entry.generic, 'generic');
    entry.synonyms.forEach((name) => {
      add(entry, name, 'synonym');
    });
    entry.brands.forEach((name) => {
      add(entry, name, 'brand');
    });
  }
  return index;
}

const nameIndex = buildIndex(formularyEntries);

/** The candidates tried, most specific first: the whole name, then with trailing words removed one by one. */
function candidates(normalised: string): string[] {
  const tokens = normalised.split(' ').filter((token) => token !== '');
  const tried: string[] = [];
  while (tokens.length > 0) {
    tried.push(tokens.join(' '));
    const last = tokens[tokens.length - 1];
    if (last === undefined || !(trailingWords.has(last) || strengthToken.test(last))) {
      break;
    }
    tokens.pop();
  }
  return tried;
}

/**
 * Finds a medication in the built-in formulary by generic, synonym or brand name.
 * @param name - the name as typed, e.g. "Xanax 0.5mg" or "  klonopin "
 */
export function matchMedication(name: string): MedicationMatch {
  const normalised = normaliseMedicationName(name);
  for (const candidate of candidates(normalised)) {
    const hit = nameIndex.get(candidate);
    if (hit !== undefined) {
      return { status: 'recognised', input: name, entry: hit.entry, matchedName: hit.name, matchedOn: hit.on };
    }
  }
  return { status: 'unrecognised', input: name, normalised };
}

/**
 * Every name (generic, synonym, brand) that two entries both claim; empty for a sound formulary.
 * @param entries - the formulary to check
 */
export function findDuplicateNames(entries: readonly FormularyEntry[] = formularyEntries): string[] {
  const owners = new Map<string, string>();
  const duplicates: string[] = [];
  for (const entry of entries) {
    const names = new Set([entry.generic, ...entry.synonyms, ...entry.brands].map(normaliseMedicationName));
    for (const name of names) {
      const owner = owners.get(name);
      if (owner !== undefined && owner !== entry.generic) {
        duplicates.push(name);
      }
      owners.set(name, entry.generic);
    }
  }
  return duplicates;
}
