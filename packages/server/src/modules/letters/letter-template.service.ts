import { createHash } from 'node:crypto';
import {
  DEFAULT_PRIVACY_CONTACT,
  LETTER_KINDS,
  LETTER_KIND_DEFINITIONS,
  LETTER_PLACEHOLDERS,
  RIGHTS_PARAGRAPH_VERSION,
  checkLetterTemplate,
  type LetterKind,
} from '@ketentafel/domain';
import type { z } from 'zod';
import type { ServiceContext } from '../../http/app.ts';
import type { Actor } from '../../auth/actor.ts';
import type { TraceContext } from '../../audit/audit-events.ts';
import { recordProcessing } from '../../audit/audit.service.ts';
import type { DbOrTrx } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { requireChainDirectorOf } from '../steering-group/table-access.ts';
import * as repo from './letter-template.repository.ts';
import type { ZLetterTemplateInput } from './letter.schemas.ts';

/** A template as the letters use it: the saved one of the table, or the shipped default. */
export interface EffectiveTemplate {
  readonly kind: LetterKind;
  readonly body: string;
  readonly privacyContact: string;
  readonly versionHash: string;
  readonly isDefault: boolean;
  readonly updatedAt: Date | null;
}

/**
 * The version of a template: SHA-256 over kind, text, privacy contact and the version of the fixed rights paragraph.
 * A sent letter records it, so the text it was made with can be named without storing the letter (ADR 0018).
 */
export function templateVersionHash(kind: LetterKind, body: string, privacyContact: string): string {
  return createHash('sha256').update(JSON.stringify([kind, body, privacyContact, RIGHTS_PARAGRAPH_VERSION])).digest('hex');
}

function defaultTemplate(kind: LetterKind): EffectiveTemplate {
  const body = LETTER_KIND_DEFINITIONS[kind].defaultTemplate;
  return { kind, body, privacyContact: DEFAULT_PRIVACY_CONTACT, versionHash: templateVersionHash(kind, body, DEFAULT_PRIVACY_CONTACT), isDefault: true, updatedAt: null };
}

/** The template of one kind at one table (no access check: callers checked access to the case or the table). */
export async function effectiveTemplate(db: DbOrTrx, tableId: string, kind: LetterKind): Promise<EffectiveTemplate> {
  const row = await repo.templateOf(db, tableId, kind);
  if (!row) return defaultTemplate(kind);
  return { kind, body: row.body, privacyContact: row.privacy_contact, versionHash: row.version_hash, isDefault: false, updatedAt: row.updated_at };
}

function present(t: EffectiveTemplate) {
  const def = LETTER_KIND_DEFINITIONS[t.kind];
  return {
    kind: t.kind,
    label: def.label,
    requirementId: def.requirementId,
    body: t.body,
    privacyContact: t.privacyContact,
    versionHash: t.versionHash,
    isDefault: t.isDefault,
    defaultBody: def.defaultTemplate,
    defaultPrivacyContact: DEFAULT_PRIVACY_CONTACT,
    placeholders: def.placeholders.map((name) => ({ name, description: LETTER_PLACEHOLDERS[name], required: def.required.includes(name) })),
    updatedAt: t.updatedAt?.toISOString() ?? null,
  };
}

function log(trx: DbOrTrx, actor: Actor, trace: TraceContext, action: 'letter-template.list' | 'letter-template.update', tableId: string) {
  return recordProcessing(trx, actor, trace, { action, activity: 'zvt-letters', recordType: 'letter-template', recordId: tableId, outcome: 'allowed' });
}

/** The letter templates of a table, for its chain director (another table looks like not-found). */
export async function listTemplates(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string) {
  requireChainDirectorOf(actor, tableId);
  return ctx.db.transaction().execute(async (trx) => {
    const saved = new Map((await repo.templatesOfTable(trx, tableId)).map((r) => [r.kind, r]));
    await log(trx, actor, trace, 'letter-template.list', tableId);
    return {
      templates: LETTER_KINDS.map((kind) => {
        const row = saved.get(kind);
        return present(
          row
            ? { kind, body: row.body, privacyContact: row.privacy_contact, versionHash: row.version_hash, isDefault: false, updatedAt: row.updated_at }
            : defaultTemplate(kind),
        );
      }),
    };
  });
}

/**
 * Saves a template of a table. Refused with every problem listed (problem+json `errors`): syntax errors, each
 * placeholder the kind does not know, and a missing rights paragraph. Nothing in a template is ever executed.
 */
export async function saveTemplate(ctx: ServiceContext, actor: Actor, trace: TraceContext, tableId: string, kind: LetterKind, input: z.infer<typeof ZLetterTemplateInput>) {
  requireChainDirectorOf(actor, tableId);
  const def = LETTER_KIND_DEFINITIONS[kind];
  const check = checkLetterTemplate(input.body, def.placeholders, def.required);
  const errors = [
    ...check.problems.map((p) => ({
      field: 'body.body',
      message: p.kind === 'unclosed' ? `"{{" zonder "}}" bij: ${p.excerpt}` : `Geen geldige plaatshouder: ${p.excerpt}`,
    })),
    ...check.unknown.map((name) => ({ field: 'body.body', message: `Onbekende plaatshouder: {{${name}}}` })),
    ...check.missing.map((name) => ({ field: 'body.body', message: `De vaste alinea {{${name}}} ontbreekt.` })),
  ];
  if (errors.length > 0) {
    const detail =
      check.unknown.length > 0
        ? `De brieftekst gebruikt onbekende plaatshouders: ${check.unknown.map((n) => `{{${n}}}`).join(', ')}.`
        : 'De brieftekst bevat fouten in de plaatshouders.';
    throw new AppError('rule-violation', detail, { rule: 'letter-template', errors });
  }
  return ctx.db.transaction().execute(async (trx) => {
    const now = ctx.clock.now();
    const versionHash = templateVersionHash(kind, input.body, input.privacyContact);
    await repo.upsertTemplate(trx, { table_id: tableId, kind, body: input.body, privacy_contact: input.privacyContact, version_hash: versionHash, updated_by: actor.userId, updated_at: now });
    await log(trx, actor, trace, 'letter-template.update', tableId);
    return present({ kind, body: input.body, privacyContact: input.privacyContact, versionHash, isDefault: false, updatedAt: now });
  });
}
