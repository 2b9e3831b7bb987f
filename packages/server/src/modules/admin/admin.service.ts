import { compareIsoDates, defaultTermEnd, findProcess, type TermEndRule } from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import { AppError, notFoundOrNoAccess } from '../../errors.ts';
import type { DbOrTrx } from '../../db/database.ts';
import type { ZOrganisationInput, ZTableInput, ZTableUpdate, ZUserInput, ZUserUpdate } from './admin.schemas.ts';

/** Application administrators manage organisations, tables and users, and never see case content. */
function requireAdmin(actor: Actor): void {
  if (actor.role !== 'application-administrator') throw new AppError('forbidden', 'Alleen de applicatiebeheerder kan dit.');
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '23505';
}

export async function listOrganisations(ctx: ServiceContext, actor: Actor) {
  requireAdmin(actor);
  const rows = await ctx.db.selectFrom('organisations').select(['id', 'name', 'kind']).orderBy('name').execute();
  return { organisations: rows.map((r) => ({ ...r, kind: r.kind as 'other' })) };
}

export async function createOrganisation(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: z.infer<typeof ZOrganisationInput>) {
  requireAdmin(actor);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const row = await trx.insertInto('organisations').values(input).returning(['id', 'name', 'kind']).executeTakeFirstOrThrow();
      await recordProcessing(trx, actor, trace, { action: 'organisation.create', activity: 'user-administration', recordType: 'organisation', recordId: row.id, outcome: 'allowed' });
      return { ...row, kind: row.kind as 'other' };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Er bestaat al een organisatie met deze naam.');
    throw error;
  }
}

async function tablePartnerIds(db: DbOrTrx, tableIds: string[]) {
  if (tableIds.length === 0) return [];
  return db.selectFrom('table_partners').select(['table_id', 'organisation_id']).where('table_id', 'in', tableIds).execute();
}

export async function listTables(ctx: ServiceContext, actor: Actor) {
  requireAdmin(actor);
  const tables = await ctx.db.selectFrom('tables').selectAll().orderBy('name').execute();
  const partners = await tablePartnerIds(ctx.db, tables.map((t) => t.id));
  return {
    tables: tables.map((t) => ({
      id: t.id,
      name: t.name,
      code: t.code,
      municipality: t.municipality,
      organisationId: t.organisation_id,
      processKey: t.process_key,
      processVersion: t.process_version,
      termStart: t.term_start,
      termEnd: t.term_end,
      partnerIds: partners.filter((p) => p.table_id === t.id).map((p) => p.organisation_id),
      termEndRule: t.open_cases_at_term_end,
      successorTableId: t.successor_table_id,
    })),
  };
}

/**
 * ZVT-E.2: what happens to open cases at the end of the term is explicit. A transfer names a successor table
 * that runs the same kind of process; closing names none.
 */
async function assertTermEndRule(db: DbOrTrx, tableId: string | null, processKey: string, rule: TermEndRule, successorTableId: string | null): Promise<void> {
  if (rule === 'close-and-apply-retention') {
    if (successorTableId !== null) {
      throw new AppError('invalid-input', 'Een opvolgende tafel hoort alleen bij overdragen.', { errors: [{ field: 'body.successorTableId', message: 'Laat leeg bij afronden.' }] });
    }
    return;
  }
  const successor = successorTableId === null ? undefined : await db.selectFrom('tables').select(['id', 'process_key']).where('id', '=', successorTableId).executeTakeFirst();
  if (!successor || successor.id === tableId || successor.process_key !== processKey) {
    throw new AppError('invalid-input', 'Kies een andere, bestaande tafel met hetzelfde werkproces als opvolger.', {
      errors: [{ field: 'body.successorTableId', message: 'Kies de opvolgende tafel.' }],
    });
  }
}

export async function createTable(ctx: ServiceContext, actor: Actor, trace: TraceContext, rawInput: z.infer<typeof ZTableInput>) {
  requireAdmin(actor);
  const input = {
    ...rawInput,
    termEnd: rawInput.termEnd ?? defaultTermEnd(rawInput.termStart),
    termEndRule: rawInput.termEndRule ?? ('close-and-apply-retention' as const),
    successorTableId: rawInput.successorTableId ?? null,
  };
  if (compareIsoDates(input.termEnd, input.termStart) <= 0) {
    throw new AppError('invalid-input', 'De looptijd eindigt vóór het begin.', { errors: [{ field: 'body.termEnd', message: 'Einddatum moet na de begindatum liggen.' }] });
  }
  if (!findProcess(input.processKey, input.processVersion)) {
    throw new AppError('invalid-input', 'Onbekend werkproces of onbekende versie.', { errors: [{ field: 'body.processKey', message: 'Kies een bestaand werkproces.' }] });
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await assertTermEndRule(trx, null, input.processKey, input.termEndRule, input.successorTableId);
      const row = await trx
        .insertInto('tables')
        .values({
          name: input.name,
          code: input.code,
          municipality: input.municipality,
          organisation_id: input.organisationId,
          process_key: input.processKey,
          process_version: input.processVersion,
          term_start: input.termStart,
          term_end: input.termEnd,
          open_cases_at_term_end: input.termEndRule,
          successor_table_id: input.successorTableId,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const partnerIds = [...new Set(input.partnerIds)];
      if (partnerIds.length > 0) await trx.insertInto('table_partners').values(partnerIds.map((id) => ({ table_id: row.id, organisation_id: id }))).execute();
      await recordProcessing(trx, actor, trace, { action: 'table.create', activity: 'user-administration', recordType: 'table', recordId: row.id, outcome: 'allowed' });
      return { id: row.id, ...input, organisationId: input.organisationId, partnerIds };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Er bestaat al een tafel met deze naam of code.');
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23503') {
      throw new AppError('invalid-input', 'Onbekende organisatie.', { errors: [{ field: 'body.partnerIds', message: 'Kies bestaande organisaties.' }] });
    }
    throw error;
  }
}

/** ZVT-E.2: extend the term or change the rule for open cases at its end. Logged. */
export async function updateTable(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, input: z.infer<typeof ZTableUpdate>) {
  requireAdmin(actor);
  return ctx.db.transaction().execute(async (trx) => {
    const table = await trx.selectFrom('tables').selectAll().where('id', '=', tableId).forUpdate().executeTakeFirst();
    if (!table) throw notFoundOrNoAccess();
    const termEnd = input.termEnd ?? table.term_end;
    const rule = input.termEndRule ?? table.open_cases_at_term_end;
    const successorTableId = input.successorTableId !== undefined ? input.successorTableId : rule === 'close-and-apply-retention' ? null : table.successor_table_id;
    if (compareIsoDates(termEnd, table.term_start) <= 0) {
      throw new AppError('invalid-input', 'De looptijd eindigt vóór het begin.', { errors: [{ field: 'body.termEnd', message: 'Einddatum moet na de begindatum liggen.' }] });
    }
    await assertTermEndRule(trx, tableId, table.process_key, rule, successorTableId);
    await trx.updateTable('tables').set({ term_end: termEnd, open_cases_at_term_end: rule, successor_table_id: successorTableId }).where('id', '=', tableId).execute();
    await recordProcessing(trx, actor, trace, { action: 'table.update', activity: 'user-administration', recordType: 'table', recordId: tableId, outcome: 'allowed' });
    const partners = await tablePartnerIds(trx, [tableId]);
    return {
      id: table.id,
      name: table.name,
      code: table.code,
      municipality: table.municipality,
      organisationId: table.organisation_id,
      processKey: table.process_key,
      processVersion: table.process_version,
      termStart: table.term_start,
      termEnd,
      partnerIds: partners.map((p) => p.organisation_id),
      termEndRule: rule,
      successorTableId,
    };
  });
}

/**
 * The municipality runs chain direction (ZVT-E.1): a chain director belongs to the organisation that
 * runs each of their tables, never to a partner.
 */
async function assertChainDirectorTables(db: DbOrTrx, role: string, organisationId: string, tableIds: readonly string[]): Promise<void> {
  if (role !== 'chain-director' || tableIds.length === 0) return;
  const foreign = await db.selectFrom('tables').select('name').where('id', 'in', tableIds).where('organisation_id', '<>', organisationId).execute();
  if (foreign.length > 0) {
    throw new AppError('rule-violation', `Een ketenregisseur hoort bij de organisatie die de tafel voert; dat is niet zo voor: ${foreign.map((t) => t.name).join(', ')}.`, {
      errors: [{ field: 'body.tableIds', message: 'Kies alleen tafels van de eigen organisatie.' }],
    });
  }
}

async function presentUsers(db: DbOrTrx, where?: string) {
  let query = db.selectFrom('users').select(['id', 'display_name', 'email', 'role', 'organisation_id', 'active']).orderBy('display_name');
  if (where !== undefined) query = query.where('id', '=', where);
  const users = await query.execute();
  const memberships = users.length === 0 ? [] : await db.selectFrom('user_tables').select(['user_id', 'table_id']).where('user_id', 'in', users.map((u) => u.id)).execute();
  return users.map((u) => ({
    id: u.id,
    displayName: u.display_name,
    email: u.email,
    role: u.role,
    organisationId: u.organisation_id,
    active: u.active,
    tableIds: memberships.filter((m) => m.user_id === u.id).map((m) => m.table_id),
  }));
}

/** Users are employees' personal data: reading the list is logged like any other processing. */
export async function listUsers(ctx: ServiceContext, actor: Actor, trace: TraceContext) {
  requireAdmin(actor);
  return ctx.db.transaction().execute(async (trx) => {
    await recordProcessing(trx, actor, trace, { action: 'user.list', activity: 'user-administration', recordType: 'user', recordId: null, outcome: 'allowed' });
    return { users: await presentUsers(trx) };
  });
}

export async function createUser(ctx: ServiceContext, actor: Actor, trace: TraceContext, input: z.infer<typeof ZUserInput>) {
  requireAdmin(actor);
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      await assertChainDirectorTables(trx, input.role, input.organisationId, input.tableIds);
      const row = await trx
        .insertInto('users')
        .values({ display_name: input.displayName, email: input.email.toLowerCase(), role: input.role, organisation_id: input.organisationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      const tableIds = [...new Set(input.tableIds)];
      if (tableIds.length > 0) await trx.insertInto('user_tables').values(tableIds.map((t) => ({ user_id: row.id, table_id: t }))).execute();
      await recordProcessing(trx, actor, trace, { action: 'user.create', activity: 'user-administration', recordType: 'user', recordId: row.id, outcome: 'allowed' });
      const [user] = await presentUsers(trx, row.id);
      if (!user) throw notFoundOrNoAccess();
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('conflict', 'Er bestaat al een gebruiker met dit e-mailadres.');
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23503') {
      throw new AppError('invalid-input', 'Onbekende organisatie of tafel.');
    }
    throw error;
  }
}

export async function updateUser(ctx: ServiceContext, actor: Actor, trace: TraceContext, userId: string, input: z.infer<typeof ZUserUpdate>) {
  requireAdmin(actor);
  // Nobody grants themselves access: an administrator cannot change their own role, tables or status.
  if (userId === actor.userId) throw new AppError('rule-violation', 'U kunt uw eigen rol, tafels of status niet wijzigen.');
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('users').select(['id', 'role', 'organisation_id']).where('id', '=', userId).forUpdate().executeTakeFirst();
      if (!existing) throw notFoundOrNoAccess();
      const role = input.role ?? existing.role;
      const tableIds = input.tableIds ?? (await trx.selectFrom('user_tables').select('table_id').where('user_id', '=', userId).execute()).map((t) => t.table_id);
      await assertChainDirectorTables(trx, role, existing.organisation_id, tableIds);
      if (input.role !== undefined || input.active !== undefined) {
        await trx
          .updateTable('users')
          .set({ ...(input.role !== undefined ? { role: input.role } : {}), ...(input.active !== undefined ? { active: input.active } : {}) })
          .where('id', '=', userId)
          .execute();
      }
      if (input.tableIds !== undefined) {
        await trx.deleteFrom('user_tables').where('user_id', '=', userId).execute();
        const tableIds = [...new Set(input.tableIds)];
        if (tableIds.length > 0) await trx.insertInto('user_tables').values(tableIds.map((t) => ({ user_id: userId, table_id: t }))).execute();
      }
      if (input.active === false || input.role !== undefined) await trx.deleteFrom('sessions').where('user_id', '=', userId).execute();
      await recordProcessing(trx, actor, trace, { action: 'user.update', activity: 'user-administration', recordType: 'user', recordId: userId, outcome: 'allowed' });
      const [user] = await presentUsers(trx, userId);
      if (!user) throw notFoundOrNoAccess();
      return user;
    });
  } catch (error) {
    if (typeof error === 'object' && error !== null && 'code' in error && error.code === '23503') {
      throw new AppError('invalid-input', 'Onbekende tafel.');
    }
    throw error;
  }
}
