import type { FastifyReply } from 'fastify';
import type { AppContext } from '../http/app.ts';
import type { TraceContext } from '../audit/audit-events.ts';
import { recordProcessing } from '../audit/audit.service.ts';
import { AppError } from '../errors.ts';
import { canReadCaseContent, type Actor } from './actor.ts';
import { isMultiFactor } from './oidc.ts';
import type { Role } from '../db/schema.ts';

const ROLES: readonly Role[] = ['chain-director', 'partner-professional', 'privacy-officer', 'application-administrator'];

/** The session as the client sees it: who is logged in, and the CSRF token to send back. */
export async function describeSession(ctx: AppContext, actor: Actor, csrfToken: string) {
  const tables =
    actor.tableIds.length === 0
      ? []
      : await ctx.db.selectFrom('tables').select(['id', 'name', 'code']).where('id', 'in', actor.tableIds).orderBy('name').execute();
  return {
    user: {
      id: actor.userId,
      displayName: actor.displayName,
      role: actor.role,
      organisation: { id: actor.organisationId, name: actor.organisationName },
      tables,
    },
    abilities: {
      registerCase: actor.role === 'partner-professional' && actor.tableIds.length > 0,
      decideAdmissions: actor.role === 'chain-director' && actor.tableIds.length > 0,
      administer: actor.role === 'application-administrator',
      readProcessingRegister: true,
    },
    authMethod: actor.authMethod,
    mfa: actor.mfa,
    csrfToken,
  };
}

/** Demo users, for the development login page only. */
export async function listDemoUsers(ctx: AppContext) {
  return ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name as displayName', 'u.role', 'o.name as organisationName'])
    .where('u.active', '=', true)
    .orderBy('u.role')
    .orderBy('u.display_name')
    .execute();
}

async function logLogin(ctx: AppContext, trace: TraceContext, user: { id: string; display_name: string; organisation_id: string; role: Role; organisation_name: string }, mfa: boolean, method: 'demo' | 'oidc') {
  const actor: Actor = {
    userId: user.id,
    displayName: user.display_name,
    organisationId: user.organisation_id,
    organisationName: user.organisation_name,
    role: user.role,
    tableIds: [],
    mfa,
    authMethod: method,
  };
  await ctx.db.transaction().execute((trx) =>
    recordProcessing(trx, actor, trace, {
      action: 'session.login',
      activity: 'authentication',
      recordType: 'session',
      recordId: null,
      outcome: 'allowed',
    }),
  );
}

async function findUser(ctx: AppContext, where: { id?: string; subject?: string; email?: string }) {
  let query = ctx.db
    .selectFrom('users as u')
    .innerJoin('organisations as o', 'o.id', 'u.organisation_id')
    .select(['u.id', 'u.display_name', 'u.organisation_id', 'u.role', 'u.oidc_subject', 'u.active', 'o.name as organisation_name']);
  if (where.id !== undefined) query = query.where('u.id', '=', where.id);
  else if (where.subject !== undefined) query = query.where('u.oidc_subject', '=', where.subject);
  else if (where.email !== undefined) query = query.where((eb) => eb(eb.fn('lower', ['u.email']), '=', where.email?.toLowerCase() ?? ''));
  else return undefined;
  return query.executeTakeFirst();
}

/** Demo login: development only; the route does not exist in production. */
export async function loginDemo(ctx: AppContext, reply: FastifyReply, trace: TraceContext, userId: string): Promise<void> {
  if (!ctx.config.demoLogin) throw new AppError('not-found', 'Niet gevonden.');
  const user = await findUser(ctx, { id: userId });
  if (!user?.active) throw new AppError('invalid-input', 'Deze demogebruiker bestaat niet.');
  await logLogin(ctx, trace, user, true, 'demo');
  await ctx.sessions.create(reply, user.id, 'demo', true);
}

/**
 * Maps verified OIDC claims to a local user: by subject, else by e-mail (binding the subject on first
 * login), else, when enabled, by provisioning from the `ketentafel_*` claims. Refuses users who can
 * read case data without multi-factor authentication when MFA is required.
 */
export async function loginOidc(ctx: AppContext, reply: FastifyReply, trace: TraceContext, claims: Record<string, unknown>): Promise<void> {
  const settings = ctx.oidc?.settings;
  if (!settings) throw new AppError('not-found', 'Niet gevonden.');
  const subject = String(claims.sub);
  const email = typeof claims.email === 'string' ? claims.email : undefined;
  let user = await findUser(ctx, { subject });
  // First login of a locally configured user: bind the IdP subject, but only to an active account that
  // has no subject yet, and only on an e-mail address the IdP has verified (no takeover by e-mail).
  if (!user && email && claims.email_verified === true) {
    const candidate = await findUser(ctx, { email });
    if (candidate?.active && candidate.oidc_subject === null) {
      const bound = await ctx.db
        .updateTable('users')
        .set({ oidc_subject: subject })
        .where('id', '=', candidate.id)
        .where('oidc_subject', 'is', null)
        .returning('id')
        .executeTakeFirst();
      if (bound) user = await findUser(ctx, { subject });
    }
  }
  if (!user && settings.provisionFromClaims && claims.email_verified === true) user = await provisionFromClaims(ctx, subject, email, claims);
  if (!user?.active) {
    throw new AppError('forbidden', 'Uw account is niet bekend in Ketentafel. Neem contact op met de applicatiebeheerder.');
  }
  const mfa = isMultiFactor(claims, settings.mfaAcrValues);
  // Every role can reach personal data or hand out access to it (case data, logs, role grants), so the
  // MFA requirement applies to all of them.
  if (settings.requireMfa && !mfa) {
    throw new AppError(
      'mfa-required',
      canReadCaseContent(user.role)
        ? 'Voor toegang tot casusgegevens moet u inloggen met meervoudige authenticatie.'
        : 'Voor Ketentafel moet u inloggen met meervoudige authenticatie.',
    );
  }
  await logLogin(ctx, trace, user, mfa, 'oidc');
  await ctx.sessions.create(reply, user.id, 'oidc', mfa);
}

async function provisionFromClaims(ctx: AppContext, subject: string, email: string | undefined, claims: Record<string, unknown>) {
  const role = claims.ketentafel_role;
  const organisation = claims.ketentafel_organisation;
  if (!email || typeof role !== 'string' || !ROLES.includes(role as Role) || typeof organisation !== 'string') return undefined;
  const org = await ctx.db.selectFrom('organisations').select('id').where('name', '=', organisation).executeTakeFirst();
  if (!org) return undefined;
  const tableCodes = Array.isArray(claims.ketentafel_tables) ? claims.ketentafel_tables.filter((t): t is string => typeof t === 'string') : [];
  const name = typeof claims.name === 'string' ? claims.name : email;
  await ctx.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('users')
      .values({ oidc_subject: subject, email, display_name: name, organisation_id: org.id, role: role as Role })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (tableCodes.length > 0) {
      const tables = await trx.selectFrom('tables').select('id').where('code', 'in', tableCodes).execute();
      if (tables.length > 0) await trx.insertInto('user_tables').values(tables.map((t) => ({ user_id: created.id, table_id: t.id }))).execute();
    }
  });
  return findUser(ctx, { subject });
}
