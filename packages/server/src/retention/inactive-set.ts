import type { ProcessDefinition } from '@ketentafel/domain';

/**
 * What a process definition may declare in `keepWhenInactive` (ZVT-4A.1), and what each key keeps. Anything not
 * declared is really deleted when a file goes inactive. The case row itself (reference, table, referrer,
 * organisation holding direction, retention dates) is administrative and always stays until deletion.
 */
const KEEPABLE = {
  subjectName: 'subjects.full_name',
  birthDate: 'subjects.birth_date',
  groupName: 'cases.group_name',
  table: 'cases.table_id',
  referrer: 'cases.referrer_organisation_id, cases.referrer_user_id',
  phaseDates: 'phase_transitions',
  scaleDownDate: 'cases.scale_down_on',
  decisionDate: 'cases.scale_down_on, cases.ended_on',
} as const;

export type KeepableKey = keyof typeof KEEPABLE;

/** What stays of an inactive file. */
export interface InactivePlan {
  readonly keepSubjectName: boolean;
  readonly keepBirthDate: boolean;
  readonly keepGroupName: boolean;
  readonly keepPhaseDates: boolean;
}

function isKeepable(key: string): key is KeepableKey {
  return Object.hasOwn(KEEPABLE, key);
}

/**
 * Turns a declared `keepWhenInactive` list into what the job keeps.
 *
 * @throws Error for a key this server does not know: an unknown key must never silently keep or lose data
 */
export function inactivePlan(keepWhenInactive: readonly string[]): InactivePlan {
  const unknown = keepWhenInactive.filter((key) => !isKeepable(key));
  if (unknown.length > 0) throw new Error(`Onbekende gegevens in keepWhenInactive: ${unknown.join(', ')}`);
  const keeps = (key: KeepableKey) => keepWhenInactive.includes(key);
  return {
    keepSubjectName: keeps('subjectName'),
    keepBirthDate: keeps('birthDate'),
    keepGroupName: keeps('groupName'),
    keepPhaseDates: keeps('phaseDates'),
  };
}

/** Checks every phased rule of the given definitions at start-up, so a bad declaration fails before any case. */
export function assertInactiveSetsKnown(processes: readonly ProcessDefinition[]): void {
  for (const process of processes) {
    const rules = [...process.endStates.map((e) => e.retention), process.maxInactivity.retention];
    for (const rule of rules) if (rule.kind === 'phased') inactivePlan(rule.keepWhenInactive);
  }
}
