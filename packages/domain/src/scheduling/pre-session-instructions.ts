/**
 * What a patient must do before a dosing session, as plain data the portal renders: fasting
 * from the protocol version, an adult escort and no driving (DEFAULTS.md §5), and the
 * medications their signed screening says to hold on session day. Every line names its source.
 */
import { InvalidInputError } from '../errors.js';
import type { RuleSource } from '../protocols/rule-types.js';
import type { FastingRule, Route } from '../protocols/types.js';

export interface PreSessionItem {
  readonly text: string;
  readonly source: RuleSource;
}

export interface PreSessionSection {
  readonly heading: string;
  readonly items: readonly PreSessionItem[];
}

export interface PreSessionInstructions {
  readonly id: 'scheduling.pre-session-instructions';
  readonly version: 1;
  readonly sections: readonly PreSessionSection[];
}

export interface PreSessionInput {
  readonly route: Route;
  readonly fasting: FastingRule;
  /** Medications the physician-signed screening marks `hold` (by the name the patient gave). */
  readonly medicationHolds: readonly string[];
}

const escortSource: RuleSource = {
  tags: ['L', 'G'],
  citation: 'DEFAULTS.md §5: an adult escort and no driving until tomorrow; SPRAVATO §17; PADSS (REFERENCE.md §8.3)',
};
const nasalSprays: RuleSource = {
  tags: ['L'],
  citation:
    'SPRAVATO patient instructions: nasal corticosteroid or decongestant at least 1 h before (REFERENCE.md §3.1)',
};
const holdSource: RuleSource = {
  tags: ['C'],
  citation: "The physician-signed screening's medication review (REFERENCE.md §6.1: what clinics ask patients to hold)",
};

/** "6 hours", "30 minutes", "1 hour 30 minutes". */
export function formatDuration(minutes: number): string {
  if (!Number.isInteger(minutes) || minutes < 0) {
    throw InvalidInputError.forField('fasting', 'Fasting times must be whole, non-negative minutes');
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${String(hours)} hour${hours === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${String(rest)} minute${rest === 1 ? '' : 's'}`;
  return [h, m].filter((x) => x !== '').join(' ') || '0 minutes';
}

function fastingItems(fasting: FastingRule): PreSessionItem[] {
  const items: PreSessionItem[] = [];
  if (fasting.solidFoodMin > 0) {
    items.push({
      text: `Do not eat anything for ${formatDuration(fasting.solidFoodMin)} before your appointment time.`,
      source: fasting.source,
    });
  }
  if (fasting.clearLiquidsMin > 0) {
    items.push({
      text: `You may drink clear liquids (water, clear juice, black tea or coffee) until ${formatDuration(fasting.clearLiquidsMin)} before, then nothing.`,
      source: fasting.source,
    });
  }
  return items;
}

/**
 * The instructions for one dosing session.
 * @param input - the protocol version's route and fasting rule, and the medications to hold
 * @throws InvalidInputError for fasting times that are not whole, non-negative minutes
 */
export function buildPreSessionInstructions(input: PreSessionInput): PreSessionInstructions {
  formatDuration(input.fasting.solidFoodMin);
  formatDuration(input.fasting.clearLiquidsMin);
  const sections: PreSessionSection[] = [];
  const fasting = fastingItems(input.fasting);
  if (input.route === 'intranasal') {
    fasting.push({
      text: 'If you use a steroid or decongestant nasal spray, use it at least 1 hour before.',
      source: nasalSprays,
    });
  }
  if (fasting.length > 0) {
    sections.push({ heading: 'Eating and drinking', items: fasting });
  }
  sections.push({
    heading: 'Getting home',
    items: [
      {
        text: 'Bring an adult who will take you home. You must not drive until the next day, after a night’s sleep.',
        source: escortSource,
      },
    ],
  });
  const holds = [...new Set(input.medicationHolds.map((name) => name.trim()).filter((name) => name !== ''))];
  if (holds.length > 0) {
    sections.push({
      heading: 'Your medicines',
      items: [
        ...holds.map((name) => ({
          text: `Do not take ${name} on the day of your session, unless your care team tells you otherwise.`,
          source: holdSource,
        })),
        { text: 'Take your other medicines as usual.', source: holdSource },
      ],
    });
  }
  return { id: 'scheduling.pre-session-instructions', version: 1, sections };
}
