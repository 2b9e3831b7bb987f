import { DomainError } from '../errors.ts';
import {
  DATA_CATEGORIES,
  DUTIES,
  PARTICIPANTS,
  type OutcomeDefinition,
  type ProcessDefinition,
  type RetentionRule,
} from './process-definition.ts';
import { checkGraph, targetOf } from './process-graph.ts';
import { MEETING_KINDS } from '../meetings/meeting-kinds.ts';

const isPositiveInteger = (n: unknown): boolean => typeof n === 'number' && Number.isInteger(n) && n > 0;

function checkUnique(what: string, items: readonly { readonly id: string }[], problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const { id } of items) {
    if (id === '') problems.push(`${what} zonder id.`);
    else if (ids.has(id)) problems.push(`${what}-id '${id}' komt meer dan eens voor.`);
    ids.add(id);
  }
  return ids;
}

function checkValues(where: string, values: readonly string[], allowed: readonly string[], problems: string[]): void {
  for (const value of values) if (!allowed.includes(value)) problems.push(`${where}: onbekende waarde '${value}'.`);
}

function checkRequirementIds(where: string, ids: readonly string[] | undefined, problems: string[]): void {
  if (ids === undefined || ids.length === 0) problems.push(`${where} noemt geen eis-id.`);
}

/** Checks a retention rule; `rule` may be missing when the definition comes from untyped configuration. */
function checkRetention(where: string, rule: RetentionRule | undefined, problems: string[], phasedAllowed = true): void {
  if (rule === undefined) {
    problems.push(`Geen bewaartermijnregel voor ${where} (X-4).`);
    return;
  }
  checkRequirementIds(`Bewaartermijnregel van ${where}`, rule.requirementIds, problems);
  switch (rule.kind) {
    case 'delete-immediately':
      return;
    case 'phased':
      if (!phasedAllowed) {
        problems.push(`${where}: een gefaseerde bewaartermijn kan hier niet, er is geen besluit dat haar laat ingaan.`);
      }
      if (!isPositiveInteger(rule.activeMonths) || !isPositiveInteger(rule.deleteAfterMonths)) {
        problems.push(`Gefaseerde bewaartermijn van ${where}: maanden moeten gehele getallen groter dan 0 zijn.`);
      } else if (rule.activeMonths >= rule.deleteAfterMonths) {
        problems.push(
          `Gefaseerde bewaartermijn van ${where}: activeMonths (${rule.activeMonths}) moet kleiner zijn dan deleteAfterMonths (${rule.deleteAfterMonths}).`,
        );
      }
      if (rule.keepWhenInactive.length === 0) {
        problems.push(`Gefaseerde bewaartermijn van ${where}: keepWhenInactive noemt geen gegevens.`);
      }
      return;
    case 'delete-after':
      if (!isPositiveInteger(rule.months)) {
        problems.push(`Bewaartermijn van ${where}: months moet een geheel getal groter dan 0 zijn.`);
      }
      return;
    default: {
      const kind: unknown = (rule as { kind: unknown }).kind;
      problems.push(`Bewaartermijnregel van ${where} heeft een onbekende soort '${String(kind)}'.`);
    }
  }
}

function checkOutcome(
  def: ProcessDefinition,
  outcome: OutcomeDefinition,
  ids: { phases: Set<string>; endStates: Set<string> },
  problems: string[],
): void {
  const where = `Uitkomst '${outcome.id}'`;
  if (!ids.phases.has(outcome.from)) problems.push(`${where} vertrekt uit onbekende fase '${outcome.from}'.`);
  const target = targetOf(outcome);
  if (target.kind === 'phase' && !ids.phases.has(target.id)) {
    problems.push(`${where} verwijst naar onbekende fase '${target.id}'.`);
  }
  if (target.kind === 'endState' && !ids.endStates.has(target.id)) {
    problems.push(`${where} verwijst naar onbekende eindtoestand '${target.id}'.`);
  }
  const loopsBack = target.kind === 'phase' && target.id === outcome.from;
  if (loopsBack && def.phases.find((p) => p.id === outcome.from)?.repeatable !== true) {
    problems.push(`${where} leidt terug naar fase '${outcome.from}', die niet herhaalbaar (repeatable) is.`);
  }
  checkRequirementIds(where, outcome.requirementIds, problems);
  checkValues(`${where}, plichten`, outcome.duties, DUTIES, problems);
  for (const otherId of outcome.combinesWith ?? []) {
    const other = def.outcomes.find((o) => o.id === otherId);
    const sameTarget = other !== undefined && JSON.stringify(targetOf(other)) === JSON.stringify(target);
    if (other === undefined || other.id === outcome.id || other.from !== outcome.from || !sameTarget) {
      problems.push(`${where} is combineerbaar met '${otherId}', maar dat is geen andere uitkomst van dezelfde fase met hetzelfde doel.`);
    } else if (!(other.combinesWith ?? []).includes(outcome.id)) {
      problems.push(`${where} is combineerbaar met '${otherId}', maar niet omgekeerd.`);
    }
  }
  if (outcome.startsMemberCases !== undefined) {
    const { phase, duties } = outcome.startsMemberCases;
    if (!ids.phases.has(phase)) problems.push(`${where} start nieuwe casussen in onbekende fase '${phase}'.`);
    checkValues(`${where}, plichten bij nieuwe casussen`, duties, DUTIES, problems);
  }
}

/** Checks the X-4 inactivity limit; it may be missing when the definition comes from untyped configuration. */
function checkMaxInactivity(maxInactivity: ProcessDefinition['maxInactivity'] | undefined, problems: string[]): void {
  if (maxInactivity === undefined) {
    problems.push('maxInactivity ontbreekt: de maximale periode zonder activiteit moet zijn vastgelegd (X-4).');
    return;
  }
  if (!isPositiveInteger(maxInactivity.months)) problems.push('maxInactivity.months moet een geheel getal groter dan 0 zijn (X-4).');
  checkRetention('maxInactivity', maxInactivity.retention, problems, false);
}

/**
 * Lists everything wrong with a process definition (Dutch messages; empty when it is valid). Checks: unique,
 * non-empty ids (phases and end states also disjoint); known key, positive integer version; outcomes leave
 * and reach existing phases or end states; the initial phase exists; every phase is reachable from it; from
 * every phase some end state is reachable, so no path lacks a retention rule (X-4); every end state is reached
 * and has a valid retention rule naming at least one requirement id; a phased rule has
 * 0 < activeMonths < deleteAfterMonths and is reached only through an outcome with the `start-retention` duty
 * on every path; `maxInactivity` is declared with months > 0 and a valid rule (X-4); only repeatable phases
 * loop to themselves; participants, data categories and duties are known values; phases and outcomes name
 * their requirement ids.
 *
 * @param def - the definition; fields that X-4 depends on are checked even if the types say they exist, so a
 *   definition from untyped configuration is refused rather than crashing
 */
export function validateProcessDefinition(def: ProcessDefinition): string[] {
  const problems: string[] = [];
  if (def.key === '') problems.push('De procesdefinitie heeft geen key.');
  if (!isPositiveInteger(def.version)) problems.push('version moet een geheel getal groter dan 0 zijn.');
  const ids = {
    phases: checkUnique('Fase', def.phases, problems),
    endStates: checkUnique('Eindtoestand', def.endStates, problems),
  };
  checkUnique('Uitkomst', def.outcomes, problems);
  for (const id of ids.phases) if (ids.endStates.has(id)) problems.push(`'${id}' is zowel een fase als een eindtoestand.`);
  if (!ids.phases.has(def.initialPhase)) problems.push(`Beginfase '${def.initialPhase}' bestaat niet.`);

  for (const phase of def.phases) {
    const where = `Fase '${phase.id}'`;
    checkRequirementIds(where, phase.requirementIds, problems);
    if (phase.participants.length === 0) problems.push(`${where} noemt geen deelnemers.`);
    checkValues(`${where}, deelnemers`, phase.participants, PARTICIPANTS, problems);
    checkValues(`${where}, gegevenscategorieën`, phase.dataCategories, DATA_CATEGORIES, problems);
    if (phase.meetingKind !== undefined) checkValues(`${where}, soort overleg`, [phase.meetingKind], MEETING_KINDS, problems);
  }
  for (const outcome of def.outcomes) checkOutcome(def, outcome, ids, problems);
  for (const endState of def.endStates) checkRetention(`eindtoestand '${endState.id}'`, endState.retention, problems);

  checkMaxInactivity(def.maxInactivity, problems);
  problems.push(...checkGraph(def, ids));
  return problems;
}

/**
 * Validates a definition and returns a deeply frozen copy of it, ready to run cases on.
 *
 * @param def - the definition
 * @throws DomainError `invalid-process-definition` listing every problem (in the message and in `details`)
 */
export function loadProcessDefinition(def: ProcessDefinition): ProcessDefinition {
  const problems = validateProcessDefinition(def);
  if (problems.length > 0) {
    throw new DomainError(
      'invalid-process-definition',
      `Procesdefinitie '${def.key}' versie ${def.version} is ongeldig:\n${problems.map((p) => `- ${p}`).join('\n')}`,
      problems,
    );
  }
  return frozenCopy(def) as ProcessDefinition;
}

function frozenCopy(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map((item: unknown) => frozenCopy(item)));
  if (typeof value === 'object' && value !== null) {
    return Object.freeze(Object.fromEntries(Object.entries(value).map(([key, item]) => [key, frozenCopy(item)])));
  }
  return value;
}
