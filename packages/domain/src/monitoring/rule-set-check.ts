/**
 * Checks a monitoring rule set before it is used or published: a typo in a medical director's
 * new version must fail loudly, never silently switch a rule off.
 */
import { assertNoFaults, type FieldFault } from '../errors.js';
import type { CadenceRule, MonitoringRule, MonitoringRuleSet, MonitoringTrigger } from './monitoring-rule-set.js';

const isPositiveWhole = (value: number): boolean => Number.isInteger(value) && value >= 1;

function triggerFaults(trigger: MonitoringTrigger, at: string): FieldFault[] {
  switch (trigger.kind) {
    case 'any-of':
    case 'all-of':
      if (trigger.conditions.length === 0) {
        return [{ field: `${at}/conditions`, message: 'A threshold rule needs at least one condition' }];
      }
      return trigger.conditions
        .filter((condition) => !Number.isFinite(condition.value))
        .map(() => ({ field: `${at}/conditions`, message: 'Every threshold must be a finite number' }));
    case 'projected-rise': {
      const ok =
        Number.isFinite(trigger.limit) &&
        trigger.horizonMin > 0 &&
        trigger.windowMin > 0 &&
        trigger.minSpanMin >= 0 &&
        trigger.minSpanMin <= trigger.windowMin &&
        Number.isInteger(trigger.minReadings) &&
        trigger.minReadings >= 2;
      return ok
        ? []
        : [{ field: at, message: 'Projection needs limit, horizon > 0, window > 0, span ≤ window, ≥2 readings' }];
    }
  }
}

function ruleFaults(rule: MonitoringRule, index: number, ids: ReadonlySet<string>): FieldFault[] {
  const at = `rules/${index}`;
  const faults: FieldFault[] = [];
  if (rule.id.trim() === '' || !isPositiveWhole(rule.version)) {
    faults.push({ field: at, message: 'A rule needs an id and a whole version ≥1' });
  }
  if (Object.keys(rule.actions).length === 0) {
    faults.push({ field: `${at}/actions`, message: `${rule.id} applies in no phase` });
  }
  if (rule.source.citation.trim() === '') {
    faults.push({ field: `${at}/source`, message: `${rule.id} has no source citation` });
  }
  for (const replaced of rule.supersedes) {
    if (!ids.has(replaced)) {
      faults.push({ field: `${at}/supersedes`, message: `${rule.id} supersedes an unknown rule ${replaced}` });
    }
  }
  return [...faults, ...triggerFaults(rule.trigger, `${at}/trigger`)];
}

function cadenceFaults(rule: CadenceRule, index: number): FieldFault[] {
  const at = `cadence/${index}`;
  const schedule = rule.schedule;
  const scheduleOk =
    schedule.kind === 'before-start' ||
    (schedule.kind === 'every' && schedule.intervalMin > 0) ||
    (schedule.kind === 'at-offset' && schedule.toleranceMin >= 0 && schedule.offsetMin > schedule.toleranceMin) ||
    (schedule.kind === 'before-discharge' && schedule.windowMin >= 0 && schedule.offsetMin > schedule.windowMin);
  const faults: FieldFault[] = [];
  if (!scheduleOk) {
    faults.push({ field: `${at}/schedule`, message: `${rule.id} has an impossible schedule` });
  }
  if (rule.id.trim() === '' || !isPositiveWhole(rule.version) || rule.routes.length === 0 || rule.checks.length === 0) {
    faults.push({ field: at, message: 'A cadence rule needs an id, a whole version ≥1, routes and checks' });
  }
  return faults;
}

/**
 * Throws InvalidInputError listing every fault in a rule set (duplicate ids, unknown
 * superseded rules, non-finite thresholds, impossible schedules).
 * @param ruleSet - the rule set to check
 */
export function validateMonitoringRuleSet(ruleSet: MonitoringRuleSet): void {
  const faults: FieldFault[] = [];
  if (ruleSet.id.trim() === '' || !isPositiveWhole(ruleSet.version)) {
    faults.push({ field: 'version', message: 'A rule set needs an id and a whole version ≥1' });
  }
  const allIds = [...ruleSet.rules.map((rule) => rule.id), ...ruleSet.cadence.map((rule) => rule.id)];
  const ids = new Set(allIds);
  if (ids.size !== allIds.length) {
    faults.push({ field: 'rules', message: 'Rule ids must be unique within a rule set' });
  }
  ruleSet.rules.forEach((rule, index) => faults.push(...ruleFaults(rule, index, ids)));
  ruleSet.cadence.forEach((rule, index) => faults.push(...cadenceFaults(rule, index)));
  assertNoFaults(faults, `Monitoring rule set ${ruleSet.id}@${ruleSet.version} is not valid`);
}
