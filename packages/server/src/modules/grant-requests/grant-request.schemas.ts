import { z } from 'zod';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZUuid } from '../../http/schemas.ts';

const ZCategory = z.enum(['identifying', 'care', 'health', 'criminal', 'other']);
const ZStatus = z
  .enum(['open', 'granted', 'refused', 'withdrawn'])
  .describe('open: wacht op de eigenaar; granted: vrijgegeven; refused: geweigerd (met reden); withdrawn: vrijgegeven en daarna ingetrokken.');

const motivation = (label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .min(MIN_MOTIVATION_LENGTH, { error: `${label}: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` })
    .max(2000, { error: `${label}: hoogstens 2000 tekens.` });

/** A request as its requester and the owner see it: no content of the contribution. */
export const ZGrantRequest = named(
  'GrantRequest',
  z.object({
    id: ZUuid,
    caseId: ZUuid,
    reference: z.string(),
    contributionId: ZUuid,
    kind: z.string(),
    category: ZCategory,
    owner: z.object({ id: ZUuid, name: z.string() }),
    requester: z.object({ id: ZUuid, name: z.string() }),
    activity: z.string(),
    motivation: z.string(),
    requestedAt: ZDateTime,
    status: ZStatus,
    decidedAt: ZDateTime.nullable(),
    refusalReason: z.string().nullable(),
    abilities: z.object({ decide: z.boolean().describe('Alleen de eigenaar van de bijdrage beslist, zolang het verzoek open is.') }),
  }),
);

export const ZContributionIndex = named(
  'ContributionIndex',
  z.object({
    caseId: ZUuid,
    reference: z.string(),
    contributions: z
      .array(
        z.object({
          id: ZUuid,
          kind: z.string(),
          category: ZCategory,
          phase: z.string(),
          owner: z.object({ id: ZUuid, name: z.string() }),
          visible: z.boolean().describe('Ik mag de inhoud al zien (bijvoorbeeld omdat die aan mijn organisatie is vrijgegeven).'),
          abilities: z.object({ request: z.boolean().describe('Ik mag de eigenaar om deze bijdrage vragen.') }),
        }),
      )
      .describe('Welke bijdragen er zijn, zonder inhoud (ADR 0011).'),
    requests: z.array(ZGrantRequest).describe('De verzoeken van mijn organisatie in deze casus.'),
  }),
);

export const ZGrantRequestInput = named(
  'GrantRequestInput',
  z.object({
    activity: z
      .string({ error: 'Activiteit is verplicht.' })
      .trim()
      .min(1, { error: 'Activiteit is verplicht.' })
      .min(5, { error: 'Activiteit: minstens 5 tekens.' })
      .max(300, { error: 'Activiteit: hoogstens 300 tekens.' }),
    motivation: motivation('Motivering'),
  }),
);

export const ZGrantRequestCreated = named('GrantRequestCreated', z.object({ id: ZUuid }));

export const ZGrantRequestInbox = named(
  'GrantRequestInbox',
  z.object({
    openToDecide: z.number().int().describe('Aantal open verzoeken waarover ik als eigenaar beslis.'),
    received: z.array(ZGrantRequest).describe('Verzoeken aan mijn organisatie, over bijdragen die ik als eigenaar beheer.'),
    sent: z.array(ZGrantRequest).describe('Verzoeken van mijn organisatie aan andere eigenaren.'),
  }),
);

export const ZGrantRequestDecisionInput = named(
  'GrantRequestDecisionInput',
  z.discriminatedUnion(
    'decision',
    [
      z.object({ decision: z.literal('grant') }),
      z.object({ decision: z.literal('refuse'), reason: motivation('Reden van weigering') }),
    ],
    { error: 'Kies vrijgeven of weigeren.' },
  ),
);

export const ZGrantRequestDecision = named(
  'GrantRequestDecision',
  z.object({ id: ZUuid, status: z.enum(['granted', 'refused']), grantId: ZUuid.nullable() }),
);

export const ZGrantRequestParams = z.object({ grantRequestId: ZUuid.describe('Id van het verzoek.') });
