import { z } from 'zod';
import { named, ZDateTime, ZUuid } from '../../http/schemas.ts';

export const ZContribution = named(
  'Contribution',
  z.object({
    id: ZUuid,
    kind: z.string(),
    phase: z.string(),
    category: z.enum(['identifying', 'care', 'health', 'criminal', 'other']),
    purpose: z.string(),
    owner: z.object({ id: ZUuid, name: z.string() }),
    createdAt: ZDateTime,
    content: z.record(z.string(), z.unknown()),
    grants: z
      .array(z.object({ id: ZUuid, organisation: z.string(), activity: z.string(), grantedAt: ZDateTime, withdrawnAt: ZDateTime.nullable() }))
      .describe('Alleen voor de eigenaar: aan wie is vrijgegeven.'),
    abilities: z.object({ release: z.boolean() }),
  }),
);

export const ZContributionList = named('ContributionList', z.object({ contributions: z.array(ZContribution) }));

export const ZReleaseInput = named(
  'ReleaseInput',
  z.object({
    organisationId: z.uuid({ error: 'Kies een ketenpartner.' }),
    activity: z.string().trim().min(1, { error: 'Activiteit is verplicht.' }).min(5, { error: 'Activiteit: minstens 5 tekens.' }).max(300),
  }),
);

export const ZReleasesToMe = named(
  'ReleasesToMe',
  z.object({
    releases: z.array(
      z.object({
        id: ZUuid,
        contributionId: ZUuid,
        caseId: ZUuid,
        reference: z.string(),
        table: z.string(),
        kind: z.string(),
        category: z.enum(['identifying', 'care', 'health', 'criminal', 'other']),
        owner: z.string(),
        activity: z.string(),
        grantedAt: ZDateTime,
      }),
    ),
  }),
);

export const ZRelease = named('Release', z.object({ id: ZUuid }));

export const ZContributionParams = z.object({
  caseId: ZUuid.describe('Id van de casus.'),
  contributionId: ZUuid.describe('Id van de bijdrage.'),
});
export const ZGrantParams = ZContributionParams.extend({ grantId: ZUuid.describe('Id van de vrijgave.') });
