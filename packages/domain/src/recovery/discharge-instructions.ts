/**
 * The written discharge instructions the patient takes home, as plain data (the web and PDF
 * layers render it). Parameterised by route; every statement names its source.
 */
import { MissingInputError } from '../errors.js';
import type { SessionRuleSource, TreatmentRoute } from '../monitoring/session-rule.js';

export interface InstructionItem {
  readonly text: string;
  readonly source: SessionRuleSource;
}

export interface InstructionSection {
  readonly heading: string;
  readonly items: readonly InstructionItem[];
}

export interface DischargeInstructions {
  readonly id: 'recovery.discharge-instructions';
  readonly version: number;
  readonly route: TreatmentRoute;
  readonly title: string;
  readonly sections: readonly InstructionSection[];
  /** US 988 Suicide & Crisis Lifeline: call or text. */
  readonly crisisLine: { readonly number: '988'; readonly text: string };
}

export interface DischargeInstructionsInput {
  readonly route: TreatmentRoute;
  readonly clinicName: string;
  readonly clinicPhone: string;
  /** Where to call out of hours; when absent the sheet says to use the emergency number. */
  readonly afterHoursPhone?: string;
}

const spravato17: SessionRuleSource = {
  tag: 'L',
  citation: 'SPRAVATO PI §17: no driving until the next day after a restful sleep; someone to drive them home',
};
const ivClinics: SessionRuleSource = {
  tag: 'C',
  citation:
    'Clinic discharge sheets (ketwell, Nervana): no driving, machinery or legal decisions for 24 h; escort (REFERENCE.md §8.3)',
};
const sedationLabel: SessionRuleSource = {
  tag: 'L',
  citation:
    'Ketalar §7.3; SPRAVATO §7.1: benzodiazepines, opioids and other CNS depressants add sedation and respiratory depression',
};
const avoidClinics: SessionRuleSource = {
  tag: 'C',
  citation:
    'Nervana discharge sheet: opioids and benzodiazepines ≥4 h after, alcohol/cannabis 24 h (REFERENCE.md §6.1)',
};
const cystitis: SessionRuleSource = {
  tag: 'L',
  citation: 'Ketalar and SPRAVATO labels: monitor urinary and bladder symptoms (REFERENCE.md §11)',
};
const policy: SessionRuleSource = { tag: 'P', citation: 'Chairside default discharge sheet (DEFAULTS.md §5)' };
const esketamineBp: SessionRuleSource = {
  tag: 'L',
  citation: 'SPRAVATO ISI: BP rise peaks ~40 min after dosing and lasts ~4 h (REFERENCE.md §3.2)',
};

function drivingItems(route: TreatmentRoute): InstructionItem[] {
  const source = route === 'intranasal' ? spravato17 : ivClinics;
  return [
    {
      text: 'Do not drive, ride a bike or use machinery until tomorrow, after a restful night’s sleep.',
      source: spravato17,
    },
    { text: 'Go home with the adult who came to collect you. Do not travel home alone.', source },
    { text: 'Do not make important decisions (legal, financial) or sign contracts until tomorrow.', source: ivClinics },
  ];
}

function routeItems(route: TreatmentRoute): InstructionItem[] {
  switch (route) {
    case 'iv':
      return [
        {
          text: 'Keep the plaster on the drip site for an hour. Call us if the site becomes red, hot, swollen or painful.',
          source: policy,
        },
      ];
    case 'im':
      return [
        {
          text: 'The injection site may be sore for a day. Call us if it becomes red, hot or swollen.',
          source: policy,
        },
      ];
    case 'intranasal':
      return [
        {
          text: 'Your blood pressure can stay raised for a few hours. If you get a severe headache, chest pain or confusion, call 911.',
          source: esketamineBp,
        },
      ];
  }
}

function sectionsFor(route: TreatmentRoute, clinicName: string, callUs: string): InstructionSection[] {
  return [
    { heading: 'Getting home and the rest of today', items: drivingItems(route) },
    {
      heading: 'What to avoid today',
      items: [
        { text: 'No alcohol, cannabis or recreational drugs until tomorrow.', source: avoidClinics },
        {
          text: 'Take sleeping tablets, benzodiazepines or opioid painkillers only if your prescriber told you to: they add to the drowsiness.',
          source: sedationLabel,
        },
      ],
    },
    {
      heading: 'What to expect',
      items: [
        {
          text: 'Feeling drowsy, dizzy, sick or “detached” is common and usually settles within a few hours.',
          source: policy,
        },
        ...routeItems(route),
      ],
    },
    {
      heading: 'Whom to call',
      items: [
        {
          text: `${clinicName}: ${callUs}, for anything that worries you, including vomiting that does not stop.`,
          source: policy,
        },
        {
          text: 'Call us if passing urine becomes painful or frequent, or you see blood in your urine.',
          source: cystitis,
        },
        { text: 'Call 911 for chest pain, trouble breathing, fainting or a seizure.', source: policy },
        {
          text: 'If you have thoughts of harming yourself, call or text 988 at any time, or call 911.',
          source: policy,
        },
      ],
    },
  ];
}

/**
 * Builds the discharge sheet for a route.
 * @param input - route, clinic name and phone, optional after-hours phone
 */
export function buildDischargeInstructions(input: DischargeInstructionsInput): DischargeInstructions {
  if (input.clinicName.trim() === '' || input.clinicPhone.trim() === '') {
    throw MissingInputError.forField(
      input.clinicPhone.trim() === '' ? 'clinicPhone' : 'clinicName',
      'The sheet must say whom to call',
    );
  }
  const afterHours = input.afterHoursPhone?.trim();
  const callUs = afterHours ? `${input.clinicPhone} (after hours: ${afterHours})` : input.clinicPhone;
  const sections = sectionsFor(input.route, input.clinicName, callUs);
  return {
    id: 'recovery.discharge-instructions',
    version: 1,
    route: input.route,
    title: `After your treatment at ${input.clinicName}`,
    sections,
    crisisLine: { number: '988', text: '988 Suicide & Crisis Lifeline: call or text 988, any time' },
  };
}
