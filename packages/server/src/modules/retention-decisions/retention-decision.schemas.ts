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
