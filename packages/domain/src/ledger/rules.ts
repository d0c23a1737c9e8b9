/**
 * The controlled-substance ledger rules, as data. Each rule has a stable id, a version, a
 * severity and a source (REFERENCE.md tag and citation), so a finding or a refusal can name
 * `ruleId@version` and the clinician can judge where it comes from.
 */
import { ruleRef, type RuleFinding, type RuleIdentity, type RuleSeverity } from '../protocols/rule-types.js';

/** A ledger rule: the shared rule identity (id, version, source) with its severity and what it checks. */
export interface LedgerRule extends RuleIdentity {
  readonly severity: RuleSeverity;
  readonly summary: string;
}

const defaults7 = 'DEFAULTS.md §7 Controlled substances';

/** Every ledger rule the product ships. Ids never change; a changed rule gets a new version. */
export const ledgerRules = {
  balanceNonNegative: {
    id: 'ledger.balance.non-negative',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['L'], citation: `${defaults7} (hard); 21 CFR 1304.21(a) complete and accurate record` },
    summary: 'A transaction that would make a container balance negative is refused.',
  },
  sessionNotMoreThanDrawn: {
    id: 'ledger.session.not-more-than-drawn',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['L'], citation: '21 CFR 1304.22(c) every unit administered or disposed of is accounted for' },
    summary: 'Administered, wasted and returned amounts of a session cannot exceed what was drawn for it.',
  },
  drawExpiredContainer: {
    id: 'ledger.draw.expired-container',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['P'], citation: `${defaults7}; container expiry recorded at receipt (REFERENCE.md §10)` },
    summary: 'An expired container cannot be drawn from for a session.',
  },
  wasteWitnessRequired: {
    id: 'ledger.waste.witness-required',
    version: 1,
    severity: 'warning',
    source: {
      tags: ['P'],
      citation: `${defaults7} (second person as witness [P]); REFERENCE.md §10: witness rule UNVERIFIED federally`,
    },
    summary: 'A waste without a witness stays open and is flagged until a second person witnesses it.',
  },
  witnessIndependent: {
    id: 'ledger.witness.independent',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['P'], citation: `${defaults7}: the witness is a second person` },
    summary: 'A witness must be a different person from the one who handled the drug (waster, preparer, counter).',
  },
  destructionTwoWitnesses: {
    id: 'ledger.destruction.two-witnesses',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['L'], citation: '21 CFR 1317.95; DEA Form 41 section D (two authorized employee witnesses)' },
    summary: 'On-site destruction is done and witnessed by two different people.',
  },
  countTwoPersons: {
    id: 'ledger.count.two-persons',
    version: 1,
    severity: 'hard-stop',
    source: { tags: ['P'], citation: `${defaults7}: counted by two people` },
    summary: 'A count is made by two different people.',
  },
  countDiscrepancy: {
    id: 'ledger.count.discrepancy',
    version: 1,
    severity: 'warning',
    source: { tags: ['L'], citation: '21 CFR 1301.76(b): written notice to DEA within 1 business day of discovery' },
    summary: 'A count that differs from the derived balance opens a discrepancy and starts the DEA notice clock.',
  },
  sessionReconciliation: {
    id: 'ledger.session.reconciliation',
    version: 1,
    severity: 'warning',
    source: { tags: ['L'], citation: '21 CFR 1304.22(c): quantity administered and disposed of, per administration' },
    summary: 'For each session, drawn − administered − wasted − returned to stock must be 0.',
  },
  estimatedCountAllowed: {
    id: 'ledger.inventory.estimated-count',
    version: 1,
    severity: 'info',
    source: {
      tags: ['L'],
      citation: '21 CFR 1304.11(e): CIII–V opened containers may be estimated unless > 1,000 units',
    },
    summary: 'An opened Schedule III container may be counted by estimate unless it holds more than 1,000 units.',
  },
  wasteOutlier: {
    id: 'ledger.diversion.waste-outlier',
    version: 1,
    severity: 'warning',
    source: {
      tags: ['P'],
      citation: 'Chairside policy: staff waste > 2 × the median of staff (at least 3 staff compared)',
    },
    summary: 'A person whose waste amount or waste count is more than twice the staff median.',
  },
  drawWithoutSession: {
    id: 'ledger.diversion.draw-without-session',
    version: 1,
    severity: 'warning',
    source: { tags: ['P'], citation: 'Chairside policy: every draw belongs to a recorded session' },
    summary: 'A draw whose session is not known to the session record.',
  },
  sessionUnreconciled: {
    id: 'ledger.diversion.session-unreconciled',
    version: 1,
    severity: 'warning',
    source: { tags: ['L'], citation: '21 CFR 1304.22(c)' },
    summary: 'A session whose drawn − administered − wasted − returned is not 0.',
  },
  endOfShiftWaste: {
    id: 'ledger.diversion.end-of-shift-waste',
    version: 1,
    severity: 'warning',
    source: { tags: ['P'], citation: 'Chairside policy: waste in the last 30 min of the waster’s shift' },
    summary: 'A waste recorded in the last 30 minutes of the waster’s shift.',
  },
} as const satisfies Record<string, LedgerRule>;

export type LedgerRuleKey = keyof typeof ledgerRules;

/** A ledger finding is the product-wide rule finding (protocols/rule-types.ts). */
export type LedgerFinding = RuleFinding;

/**
 * Builds a finding for one of the ledger rules.
 * @param key - which rule fired
 * @param message - what happened, in words a clinician understands
 * @param values - the values the rule saw
 */
export function ledgerFinding(key: LedgerRuleKey, message: string, values: RuleFinding['values']): RuleFinding {
  const rule: LedgerRule = ledgerRules[key];
  return {
    rule: ruleRef(rule),
    ruleId: rule.id,
    version: rule.version,
    severity: rule.severity,
    message,
    source: rule.source,
    values,
  };
}
