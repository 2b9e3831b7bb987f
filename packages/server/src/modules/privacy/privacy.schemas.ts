import { z } from 'zod';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

/**
 * The privacy officer's view of the logs: who did what, when, for which purpose, and with what
 * outcome. It never carries case content, subject names or the keyed hashes themselves.
 * The search is a POST (`_zoek`): a subject's name and birth date must not end up in URLs, browser
 * history or access logs.
 */
export const ZLogSearch = named(
  'LogSearch',
  z
    .object({
      subjectName: z.string().trim().min(2, { error: 'Naam: minstens 2 tekens.' }).max(200).optional().describe('Volledige naam van de betrokkene (exact, hoofdletterongevoelig).'),
      subjectBirthDate: ZIsoDate.optional().describe('Geboortedatum van de betrokkene (jeugdige).'),
      subjectRole: z
        .enum(['young-person', 'legal-representative'])
        .default('young-person')
        .describe('Zoek de betrokkene als jeugdige (naam + geboortedatum) of als wettelijk vertegenwoordiger (naam; geboortedatum wordt niet vastgelegd).'),
      userName: z.string().trim().min(2, { error: 'Gebruiker: minstens 2 tekens.' }).max(200).optional().describe('Deel van de naam van de gebruiker.'),
      organisationId: ZUuid.optional().describe('Alleen handelingen namens deze organisatie.'),
      from: ZIsoDate.optional().describe('Vanaf deze dag (Nederlandse tijd).'),
      to: ZIsoDate.optional().describe('Tot en met deze dag (Nederlandse tijd).'),
      action: z.string().regex(/^[a-z-]+\.[a-z-]+$/, { error: 'Onbekende handeling.' }).optional().describe('Alleen deze handeling, bijvoorbeeld `case.read`.'),
      limit: z.number().int().min(1).max(200).default(50).describe('Aantal regels per pagina.'),
      cursor: z.string().regex(/^[1-9][0-9]{0,18}$/, { error: 'Ongeldige cursor.' }).optional().describe('Vervolgpagina: `nextCursor` uit de vorige respons.'),
    })
    .check((ctx) => {
      const q = ctx.value;
      if (q.subjectRole === 'young-person' && (q.subjectName === undefined) !== (q.subjectBirthDate === undefined)) {
        ctx.issues.push({
          code: 'custom',
          input: q,
          path: [q.subjectName === undefined ? 'subjectName' : 'subjectBirthDate'],
          message: 'Vul naam én geboortedatum van de jeugdige in.',
        });
      }
      if (q.subjectRole === 'legal-representative' && q.subjectName === undefined) {
        ctx.issues.push({ code: 'custom', input: q, path: ['subjectName'], message: 'Vul de naam van de wettelijk vertegenwoordiger in.' });
      }
      if (q.from !== undefined && q.to !== undefined && q.to < q.from) {
        ctx.issues.push({ code: 'custom', input: q, path: ['to'], message: 'De einddatum ligt vóór de begindatum.' });
      }
    }),
);

export const ZLogEntry = named(
  'LogEntry',
  z.object({
    operationId: ZUuid,
    at: ZDateTime,
    userName: z.string().describe('Naam van de gebruiker zoals die toen was vastgelegd.'),
    organisation: z.object({ id: ZUuid, name: z.string() }).nullable(),
    role: z.string(),
    action: z.string(),
    recordType: z.string(),
    recordId: z.string().nullable(),
    activityId: z.string().describe('Verwerkingsactiviteit uit het register (AVG art. 30).'),
    purpose: z.string(),
    legalGround: z.string(),
    outcome: z.enum(['allowed', 'denied']),
  }),
);

export const ZLogSearchResult = named(
  'LogSearchResult',
  z.object({
    entries: z.array(ZLogEntry),
    nextCursor: z.string().nullable().describe('Cursor voor de volgende pagina; null als dit de laatste is.'),
    matchedSubjects: z
      .number()
      .int()
      .nullable()
      .describe('Bij zoeken op betrokkene: hoeveel personen (nog) herkenbaar zijn; null als niet op betrokkene is gezocht.'),
  }),
);

export const ZLogFilterOptions = named(
  'LogFilterOptions',
  z.object({
    organisations: z.array(z.object({ id: ZUuid, name: z.string() })),
    actions: z.array(z.string()).describe('Handelingen die in het log voorkomen.'),
  }),
);

export const ZLogIntegrity = named(
  'LogIntegrity',
  z.object({
    intact: z.boolean(),
    rows: z.number().int().describe('Aantal gecontroleerde logregels.'),
    checkedAt: ZDateTime,
    durationMs: z.number().int(),
    firstBreak: z
      .object({
        table: z.enum(['processing_log', 'user_audit_log']),
        chain: z.number().int(),
        sequence: z.number().int().describe('Positie van de regel in zijn keten (1 = eerste).'),
        id: z.string(),
        reason: z.enum(['prev-hash-mismatch', 'row-hash-mismatch', 'definition-changed']),
      })
      .nullable(),
  }),
);

export type TLogSearch = z.infer<typeof ZLogSearch>;
export type TLogEntry = z.infer<typeof ZLogEntry>;
