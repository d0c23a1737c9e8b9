/**
 * Whether a patient may be treated on a route as far as consent is concerned: a signed consent
 * for that route, on the current form version, not withdrawn. Pure, so the session helpers and
 * the screen use the same answer.
 */
import type { Route } from '../protocols/types.js';
import type { ConsentForm } from './form.js';

export interface ConsentSummary {
  readonly id: string;
  readonly route: Route;
  readonly formId: string;
  readonly formVersion: number;
  readonly signedAt: string;
  readonly withdrawnAt: string | null;
}

export type ConsentValidity =
  | { readonly valid: true; readonly consentId: string; readonly signedAt: string }
  | { readonly valid: false; readonly reason: string };

/**
 * The validity of consent for a form (route + version).
 * @param consents - every consent the patient signed, any order
 * @param form - the current consent form of the protocol's route
 */
export function consentValidity(consents: readonly ConsentSummary[], form: ConsentForm): ConsentValidity {
  const forRoute = consents.filter((c) => c.route === form.route && c.formId === form.id);
  const current = forRoute
    .filter((c) => c.formVersion === form.version && c.withdrawnAt === null)
    .sort((a, b) => b.signedAt.localeCompare(a.signedAt))[0];
  if (current) {
    return { valid: true, consentId: current.id, signedAt: current.signedAt };
  }
  if (forRoute.length === 0) {
    return { valid: false, reason: `No signed consent for the ${form.route} route` };
  }
  if (forRoute.some((c) => c.formVersion === form.version)) {
    return { valid: false, reason: 'The consent was withdrawn' };
  }
  return {
    valid: false,
    reason: `Consent was signed on an earlier form; form version ${form.version} needs a new signature`,
  };
}
