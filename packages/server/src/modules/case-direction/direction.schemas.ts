import { z } from 'zod';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const ZOrganisationRef = z.object({ id: ZUuid, name: z.string() });

export const ZDirectionTransferInput = named(
  'DirectionTransferInput',
  z.object({
    toOrganisationId: z.uuid({ error: 'Kies de ketenpartner die de regie overneemt.' }),
    transferredOn: ZIsoDate.describe('De dag waarop de regie overgaat, zoals in het casusoverleg afgesproken.'),
    motivation: z
      .string()
      .trim()
      .min(1, { error: 'Motivering is verplicht.' })
      .min(MIN_MOTIVATION_LENGTH, { error: `Motivering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` })
      .max(2000),
  }),
);

export const ZDirectionTransfer = named(
  'DirectionTransfer',
  z.object({
    id: ZUuid,
    from: ZOrganisationRef,
    to: ZOrganisationRef,
    transferredOn: ZIsoDate,
    motivation: z.string(),
    recordedBy: z.string().describe('Naam van de ketenregisseur die de overdracht vastlegde.'),
    recordedAt: ZDateTime,
  }),
);

export const ZCaseDirection = named(
  'CaseDirection',
  z.object({
    holder: ZOrganisationRef.describe('De ketenpartner die nu de regie heeft (ZVT-3A.2).'),
    transfers: z.array(ZDirectionTransfer).describe('Eerdere overdrachten, oudste eerst.'),
    candidates: z.array(ZOrganisationRef).describe('Ketenpartners aan wie de regie kan overgaan; leeg zonder die bevoegdheid.'),
    abilities: z.object({ transfer: z.boolean() }),
  }),
);

export type TDirectionTransferInput = z.infer<typeof ZDirectionTransferInput>;
