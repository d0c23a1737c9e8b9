/**
 * The controlled-substance ledger (ketamine and esketamine chain of custody). Pure: time, ids and
 * the hash function come in as arguments. There is deliberately no update, delete or purge:
 * records are kept at least 2 years [L 21 CFR 1304.04(a)]. Internal helpers (µg arithmetic,
 * date helpers, the derived-state fold) are not exported, to keep the package namespace clean.
 */
export { maxTransactionMg } from './amounts.js';
export { deaCheckDigit, deaNumberProblem, isValidDeaNumber, isValidNdc, NdcFormat, parseNdc } from './identifiers.js';
export type { ParsedNdc } from './identifiers.js';
export {
  esketamineMgPerDevice,
  isExpiredOn,
  lastUsableDate,
  maxConcentrationMgPerMl,
  maxUnitsPerReceipt,
  maxVialVolumeMl,
  ProductKind,
  validateContainerDetails,
  validateRegistrant,
} from './container.js';
export type { ContainerDetails, EsketamineDeviceDetails, KetamineVialDetails, Registrant } from './container.js';
export * from './events.js';
export { ledgerFinding, ledgerRules } from './rules.js';
export type { LedgerFinding, LedgerRule, LedgerRuleKey } from './rules.js';
export { prepareLedgerEvent } from './commands.js';
export { syringeReadingToleranceMl } from './session-commands.js';
export * from './chain.js';
export { deriveBalances } from './balances.js';
export type { BalanceOptions, ContainerBalance, LedgerBalances, ProductLocationBalance } from './balances.js';
export { reconcileSession, ReconciliationStatus } from './reconcile.js';
export type { SessionContainerAccount, SessionReconciliation } from './reconcile.js';
export { DiscrepancyStatus } from './state.js';
export {
  federalHolidays,
  firstSupportedYear,
  isBusinessDay,
  isObservedFederalHoliday,
  lastSupportedYear,
  nextBusinessDay,
  observedFederalHolidayDates,
} from './federal-holidays.js';
export type { FederalHoliday } from './federal-holidays.js';
export { deaForm106Days, deaForm106DueDate, deaNoticeDueAt, localDateAt } from './dea-notice.js';
export { listDiscrepancies } from './discrepancies.js';
export type { Discrepancy, DiscrepancyOptions } from './discrepancies.js';
export { describeProduct, ketamineDeaDrugCode, ketamineSchedule } from './product-description.js';
export type { ProductDescription } from './product-description.js';
export * from './inventory.js';
export { buildDispensingRecord } from './dispensing-record.js';
export type {
  AdministrationRow,
  DispensingRecord,
  DispensingRecordInput,
  DisposalRow,
  PatientIdentity,
  ReceiptRow,
  SubstanceRecord,
} from './dispensing-record.js';
export {
  detectDiversionSignals,
  endOfShiftWindowMin,
  outlierMedianMultiple,
  outlierMinimumStaff,
} from './diversion.js';
export type { DiversionInput, DiversionReport, Shift, StaffWaste } from './diversion.js';
