import { z } from 'zod';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

export const ZAnswerCategory = z.enum(['care', 'health', 'criminal', 'other'], { error: 'Kies het soort gegevens.' });

/** A partner's answer (ZVT-2A.2): yes/no, and content only when the partner chooses to share. */
export const ZPartnerQueryAnswerInput = named(
  'PartnerQueryAnswerInput',
  z.object({
    knowsSubject: z.boolean({ error: 'Kies ja of nee.' }),
    holdsRelevantData: z.boolean({ error: 'Kies ja of nee.' }),
    willingToShare: z.boolean({ error: 'Kies ja of nee.' }),
    content: z
      .object({
        category: ZAnswerCategory,
        text: z.string({ error: 'Vul in wat u deelt.' }).trim().min(1, { error: 'Vul in wat u deelt.' }).min(10, { error: 'Wat u deelt: minstens 10 tekens.' }).max(4000),
      })
      .optional()
      .describe('Alleen als u deelt.'),
  }),
);

export const ZPartnerQueryAnswer = named(
  'PartnerQueryAnswer',
  z.object({
    knowsSubject: z.boolean(),
    holdsRelevantData: z.boolean(),
    willingToShare: z.boolean(),
    content: z.object({ category: ZAnswerCategory, text: z.string() }).nullable(),
  }),
);

export const ZQueryStatus = z.enum(['open', 'overdue', 'answered']);

export const ZPartnerQueryInbox = named(
  'PartnerQueryInbox',
  z.object({
    counts: z.object({ open: z.number().int(), overdue: z.number().int(), answered: z.number().int() }),
    queries: z.array(
      z.object({
        id: ZUuid,
        reference: z.string(),
        table: z.string(),
        subject: z
          .object({ fullName: z.string(), birthDate: ZIsoDate })
          .nullable()
          .describe('Alleen zolang de casus in triage is: wie het betreft.'),
        question: z.string(),
        sentOn: ZIsoDate,
        deadline: ZIsoDate,
        status: ZQueryStatus,
        answeredAt: ZDateTime.nullable(),
        answeredLate: z.boolean().nullable(),
        reminderSentOn: ZIsoDate.nullable(),
        canAnswer: z.boolean(),
        answer: ZPartnerQueryAnswer.nullable().describe('Alleen voor wie het antwoord mag zien (ZVT-2A.1).'),
      }),
    ),
  }),
);

export const ZPartnerQueryAnswerResult = named(
  'PartnerQueryAnswerResult',
  z.object({ id: ZUuid, answeredAt: ZDateTime, late: z.boolean(), contributionId: ZUuid }),
);

export const ZPartnerQueryParams = z.object({ queryId: ZUuid.describe('Id van de partnervraag.') });
