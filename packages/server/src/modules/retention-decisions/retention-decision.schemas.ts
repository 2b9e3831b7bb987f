import { z } from 'zod';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const ZMotivation = z
  .string()
  .trim()
  .min(1, { error: 'Motivering is verplicht.' })
  .min(MIN_MOTIVATION_LENGTH, { error: `Motivering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` })
  .max(2000);

export const ZRetentionExceptionInput = named('RetentionExceptionInput', z.object({ motivation: ZMotivation, reassessOn: ZIsoDate }));
export const ZRetentionException = named(
  'RetentionException',
  z.object({ id: ZUuid, reassessOn: ZIsoDate, decidedByOrganisation: z.string() }),
);
export const ZLegalHoldInput = named('LegalHoldInput', z.object({ motivation: ZMotivation }));
export const ZLegalHold = named(
  'LegalHold',
  z.object({
    id: ZUuid,
    caseReference: z.string(),
    table: z.string(),
    motivation: z.string(),
    placedBy: z.string(),
    placedAt: ZDateTime,
    liftedAt: ZDateTime.nullable(),
  }),
);
export const ZLegalHoldList = named('LegalHoldList', z.object({ legalHolds: z.array(ZLegalHold) }));
export const ZLegalHoldParams = z.object({ caseId: ZUuid.describe('Id van de casus.'), holdId: ZUuid.describe('Id van de blokkade.') });

export const ZRetentionExceptionView = named(
  'RetentionExceptionView',
  z.object({
    id: ZUuid,
    motivation: z.string(),
    reassessOn: ZIsoDate,
    decidedByOrganisation: z.string().describe('De partner met de regie, namens wie is besloten (ZVT-4A.2).'),
    recordedBy: z.string().describe('Wie de afwijking vastlegde.'),
    recordedAt: ZDateTime,
    current: z.boolean().describe('De herbeoordelingsdatum is nog niet verstreken: het schema is gepauzeerd.'),
  }),
);

export const ZCaseRetention = named(
  'CaseRetention',
  z.object({
    scaleDownOn: ZIsoDate.nullable().describe('Besluit tot afschaling; daarmee begint de gefaseerde bewaartermijn (ZVT-4A.1).'),
    schedule: z
      .object({ activeUntil: ZIsoDate, inactiveFrom: ZIsoDate, deleteOn: ZIsoDate })
      .nullable()
      .describe('Het normale schema volgens het werkproces, zonder afwijking of blokkade.'),
    inactiveSince: ZIsoDate.nullable(),
    pausedBy: z.enum(['legal-hold', 'exception']).nullable().describe('Wat het schema nu pauzeert.'),
    latestReassessOn: ZIsoDate.describe('De uiterste herbeoordelingsdatum voor een afwijking die vandaag wordt vastgelegd (6 maanden).'),
    exceptions: z.array(ZRetentionExceptionView).describe('Afwijkingen, nieuwste eerst.'),
    legalHolds: z.array(ZLegalHold).describe('Juridische blokkades, nieuwste eerst.'),
    abilities: z.object({ recordException: z.boolean(), placeLegalHold: z.boolean() }),
  }),
);
