/**
 * Vocabulary shared by the session, monitoring and recovery rules: severities, source
 * references and the protocol ids and routes a session refers to. Every clinical rule in these
 * folders is data with an id, a version, a severity and a source (DEFAULTS.md "Severity words").
 */

export const SessionSeverity = {
  Info: 'info',
  Warning: 'warning',
  SoftStop: 'soft-stop',
  HardStop: 'hard-stop',
} as const;
export type SessionSeverity = (typeof SessionSeverity)[keyof typeof SessionSeverity];

/** Order of severities, so "the worst alert" and "never decreases" can be computed. */
export const sessionSeverityRank: Readonly<Record<SessionSeverity, number>> = {
  info: 0,
  warning: 1,
  'soft-stop': 2,
  'hard-stop': 3,
};

/**
 * REFERENCE.md tags: L label/regulation, L-CH Swiss label, G guideline, T trial, S secondary,
 * C one clinic's practice, P Chairside default policy. Where DEFAULTS.md gives two tags
 * ("[L]/[C]"), `tag` is the first and the citation names both.
 */
export type SessionSourceTag = 'L' | 'L-CH' | 'G' | 'T' | 'S' | 'C' | 'P';

export interface SessionRuleSource {
  readonly tag: SessionSourceTag;
  readonly citation: string;
}

/** The protocols of the shipped library (DEFAULTS.md §1), referred to by id only. */
export const TreatmentProtocolId = {
  IvDepression: 'iv-depression',
  IvPain: 'iv-pain',
  ImDepression: 'im-depression',
  InEsketamineTrd: 'in-esketamine-trd',
} as const;
export type TreatmentProtocolId = (typeof TreatmentProtocolId)[keyof typeof TreatmentProtocolId];

export const TreatmentRoute = { Iv: 'iv', Im: 'im', Intranasal: 'intranasal' } as const;
export type TreatmentRoute = (typeof TreatmentRoute)[keyof typeof TreatmentRoute];

/** The `ruleId@version` reference a finding or alert carries. */
export function sessionRuleRef(rule: { readonly id: string; readonly version: number }): string {
  return `${rule.id}@${rule.version}`;
}

/** The highest severity among the given ones, or null when there are none. */
export function worstSessionSeverity(severities: readonly SessionSeverity[]): SessionSeverity | null {
  let worst: SessionSeverity | null = null;
  for (const severity of severities) {
    if (worst === null || sessionSeverityRank[severity] > sessionSeverityRank[worst]) {
      worst = severity;
    }
  }
  return worst;
}
