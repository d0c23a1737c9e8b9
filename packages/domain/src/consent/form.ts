/**
 * Informed-consent forms as versioned data, one per route (REFERENCE.md §11 "Informed consent":
 * off-label status, the listed risks, no driving / escort, limited long-term data, esketamine REMS).
 * A patient's consent is valid only for the route and the form version they signed: when the
 * wording changes, the version goes up and patients consent again.
 */
import type { SourceTag } from '../protocols/rule-types.js';
import type { Route } from '../protocols/types.js';

export interface ConsentElement {
  /** Stable id; a signed consent lists the ids the patient was shown. */
  readonly id: string;
  readonly title: string;
  /** What the patient reads, in plain words. */
  readonly text: string;
  readonly source: { readonly tags: readonly SourceTag[]; readonly citation: string };
}

export interface ConsentForm {
  readonly id: string;
  readonly version: number;
  readonly route: Route;
  readonly title: string;
  readonly elements: readonly ConsentElement[];
}

const ref11 = 'REFERENCE.md §11 Informed consent (Parikh 2021 primer; Spravato consent example)';

const el = (id: string, title: string, text: string, tags: readonly SourceTag[], citation: string): ConsentElement => ({
  id,
  title,
  text,
  source: { tags, citation },
});

const risks: readonly ConsentElement[] = [
  el(
    'risk-dissociation',
    'Dissociation',
    'You may feel detached from your body or surroundings, or notice changed perception of time, sound and colour, usually during and shortly after treatment.',
    ['L'],
    `${ref11}; Ketalar and SPRAVATO labels`,
  ),
  el(
    'risk-sedation',
    'Sedation',
    'You may become very sleepy. Staff will watch you until you are alert enough to leave.',
    ['L'],
    `${ref11}; SPRAVATO label §5.1`,
  ),
  el(
    'risk-blood-pressure',
    'Blood pressure rise',
    'Blood pressure and heart rate usually rise for up to about 2 hours. Your blood pressure is checked before, during and after.',
    ['L'],
    `${ref11}; REFERENCE.md §7.2`,
  ),
  el(
    'risk-nausea',
    'Nausea and vomiting',
    'Nausea or vomiting can happen; medicine for it is available.',
    ['L'],
    ref11,
  ),
  el(
    'risk-abuse',
    'Abuse and dependence',
    'Ketamine and esketamine can be misused and can cause dependence. Tell us about any past or present substance use.',
    ['L'],
    `${ref11}; REFERENCE.md §11 Abuse/misuse`,
  ),
  el(
    'risk-cognitive',
    'Effects on memory and thinking',
    'Short-term effects on attention and memory are common; effects of long or frequent use are not fully known.',
    ['L'],
    ref11,
  ),
  el(
    'risk-cystitis',
    'Bladder problems (cystitis)',
    'Repeated use can irritate the bladder. Tell us about pain or burning when passing urine, or needing to go often.',
    ['L'],
    `${ref11}; REFERENCE.md §11 Urinary symptoms`,
  ),
  el(
    'risk-fetal',
    'Risk to an unborn baby',
    'Treatment may harm an unborn baby. Tell us if you are, or could be, pregnant; a pregnancy test may be required.',
    ['L'],
    `${ref11}; REFERENCE.md §11 Pregnancy`,
  ),
  el(
    'risk-suicidality',
    'Suicidal thoughts warning',
    'Antidepressant treatments carry a warning about suicidal thoughts and behaviour. Tell us, or call emergency services, at once if thoughts of self-harm start or worsen.',
    ['L'],
    `${ref11}; SPRAVATO boxed warning`,
  ),
];

const common: readonly ConsentElement[] = [
  ...risks,
  el(
    'no-driving-escort',
    'No driving; an escort home',
    'Do not drive, operate machinery or make important decisions until the next day after a restful sleep. An adult must take you home.',
    ['L', 'C'],
    'REFERENCE.md §8.3 Driving and Escort',
  ),
  el(
    'long-term-data',
    'Limited long-term data',
    'The benefits and risks of treatment over months and years have been studied less than short courses.',
    ['S'],
    ref11,
  ),
  el(
    'voluntary',
    'Your choice',
    'Taking part is voluntary. You may withdraw this consent at any time; withdrawing does not affect your other care.',
    ['P'],
    'Chairside policy',
  ),
];

const offLabel = el(
  'off-label',
  'Off-label use of ketamine',
  'Ketamine is approved by the FDA as an anaesthetic. Its use for depression, pain or other conditions is "off-label": it is not an FDA-approved use.',
  ['S', 'L'],
  `${ref11}; Ketalar label §1`,
);

const rems = el(
  'rems',
  'SPRAVATO REMS enrolment and monitoring',
  'Esketamine nasal spray is given only in a certified setting under the SPRAVATO REMS. You will be enrolled before the first treatment, watched for at least 2 hours after each dose, and each session is reported to the REMS.',
  ['L'],
  'REFERENCE.md §3.4 REMS (spravatorems.com)',
);

/** The shipped consent forms, one per route. */
export const consentFormsV1: Readonly<Record<Route, ConsentForm>> = {
  iv: {
    id: 'consent-iv',
    version: 1,
    route: 'iv',
    title: 'Consent to intravenous ketamine treatment',
    elements: [offLabel, ...common],
  },
  im: {
    id: 'consent-im',
    version: 1,
    route: 'im',
    title: 'Consent to intramuscular ketamine treatment',
    elements: [offLabel, ...common],
  },
  intranasal: {
    id: 'consent-intranasal',
    version: 1,
    route: 'intranasal',
    title: 'Consent to esketamine nasal spray (SPRAVATO) treatment',
    elements: [rems, ...common],
  },
};

/**
 * The current consent form of a route.
 * @param route - the protocol's route
 */
export function currentConsentForm(route: Route): ConsentForm {
  return consentFormsV1[route];
}
