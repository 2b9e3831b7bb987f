import { randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Role } from '../db/schema.ts';

const unique = () => randomBytes(4).toString('hex');

export async function buildOrganisation(db: Db, overrides: { name?: string; kind?: string } = {}) {
  return db
    .insertInto('organisations')
    .values({ name: overrides.name ?? `Organisatie ${unique()}`, kind: overrides.kind ?? 'youth-care' })
    .returning(['id', 'name'])
    .executeTakeFirstOrThrow();
}

export async function buildTable(
  db: Db,
  options: { organisationId: string; partnerIds: string[]; termStart?: string; termEnd?: string; code?: string },
) {
  const code = options.code ?? Array.from(randomBytes(5), (b) => String.fromCharCode(65 + (b % 26))).join('');
  const table = await db
    .insertInto('tables')
    .values({
      name: `Tafel ${code} ${unique()}`,
      code,
      municipality: 'Teststad',
      organisation_id: options.organisationId,
      process_key: 'zvt',
      process_version: 1,
      term_start: options.termStart ?? '2026-01-01',
      term_end: options.termEnd ?? '2027-12-31',
    })
    .returning(['id', 'code'])
    .executeTakeFirstOrThrow();
  if (options.partnerIds.length > 0) {
    await db.insertInto('table_partners').values(options.partnerIds.map((id) => ({ table_id: table.id, organisation_id: id }))).execute();
  }
  return table;
}

export async function buildUser(db: Db, options: { organisationId: string; role: Role; tableIds: string[]; name?: string }) {
  const user = await db
    .insertInto('users')
    .values({
      email: `user-${unique()}@test.example`,
      display_name: options.name ?? `Gebruiker ${unique()}`,
      organisation_id: options.organisationId,
      role: options.role,
    })
    .returning(['id', 'email'])
    .executeTakeFirstOrThrow();
  if (options.tableIds.length > 0) {
    await db.insertInto('user_tables').values(options.tableIds.map((t) => ({ user_id: user.id, table_id: t }))).execute();
  }
  return user;
}

/**
 * A small world: a municipality running one table with police and youth care as partners, a chain
 * director, two police officers, a youth-care professional, a privacy officer and an administrator;
 * plus a second table the first police officer is not a member of.
 */
export async function buildWorld(db: Db) {
  const municipality = await buildOrganisation(db, { kind: 'municipality' });
  const police = await buildOrganisation(db, { kind: 'police' });
  const youthCare = await buildOrganisation(db, { kind: 'youth-care' });
  const outsider = await buildOrganisation(db, { kind: 'other' });
  const table = await buildTable(db, { organisationId: municipality.id, partnerIds: [police.id, youthCare.id] });
  const otherTable = await buildTable(db, { organisationId: municipality.id, partnerIds: [police.id, youthCare.id] });
  return {
    municipality,
    police,
    youthCare,
    outsider,
    table,
    otherTable,
    chainDirector: await buildUser(db, { organisationId: municipality.id, role: 'chain-director', tableIds: [table.id] }),
    otherChainDirector: await buildUser(db, { organisationId: municipality.id, role: 'chain-director', tableIds: [otherTable.id] }),
    officer: await buildUser(db, { organisationId: police.id, role: 'partner-professional', tableIds: [table.id] }),
    otherOfficer: await buildUser(db, { organisationId: police.id, role: 'partner-professional', tableIds: [table.id] }),
    careWorker: await buildUser(db, { organisationId: youthCare.id, role: 'partner-professional', tableIds: [table.id] }),
    privacyOfficer: await buildUser(db, { organisationId: municipality.id, role: 'privacy-officer', tableIds: [table.id] }),
    admin: await buildUser(db, { organisationId: municipality.id, role: 'application-administrator', tableIds: [table.id] }),
  };
}

/** A valid individual registration body for a subject born on `birthDate`. */
export function registrationBody(tableId: string, birthDate: string, facts: Partial<Record<string, 'yes' | 'no' | 'unknown'>> = {}) {
  return {
    kind: 'individual',
    tableId,
    subject: { fullName: 'Testpersoon Jansen', birthDate, municipality: 'Teststad' },
    legalRepresentatives: [{ fullName: 'Ouder Jansen', relation: 'parent', contact: '06-12345678' }],
    reason: 'Overlast in de wijk in groepsverband, zorgen over school.',
    facts: {
      adolescentCriminalLaw: 'no',
      youthCareContinuedAfter18: 'no',
      youthCareDecidedBefore18: 'no',
      youthCareResumptionWithinHalfYear: 'no',
      partOfYouthNetwork: 'yes',
      areaSafetyProblem: 'unknown',
      careSafetyCooperationNeeded: 'yes',
      planBeyondReferrerNeeded: 'yes',
      ...facts,
    },
  };
}

/**
 * A case already in a given phase, inserted directly (for tests of later phases, e.g. meetings in 3A, without
 * running registration, admission and triage first).
 */
export async function buildCaseInPhase(
  db: Db,
  options: { tableId: string; referrerUserId: string; referrerOrganisationId: string; phase: string; fullName?: string; endState?: string },
) {
  const subject = await db
    .insertInto('subjects')
    .values({ full_name: options.fullName ?? `Jeugdige ${unique()}`, birth_date: '2010-05-05', municipality: 'Teststad' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return db
    .insertInto('cases')
    .values({
      reference: `TST-2026-${unique().toUpperCase()}`,
      table_id: options.tableId,
      process_key: 'zvt',
      process_version: 1,
      kind: 'individual',
      phase: options.phase,
      subject_id: subject.id,
      referrer_organisation_id: options.referrerOrganisationId,
      referrer_user_id: options.referrerUserId,
      direction_organisation_id: options.referrerOrganisationId,
      registered_on: '2026-10-01',
      end_state: options.endState ?? null,
    })
    .returning(['id', 'reference', 'subject_id'])
    .executeTakeFirstOrThrow();
}
