import { z } from 'zod';
import { MEETING_KINDS } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';
import { ZContributionParams } from '../contributions/contribution.schemas.ts';

const ZCategory = z.enum(['identifying', 'care', 'health', 'criminal', 'other']);

export const ZMeetingReleaseInput = named(
  'MeetingReleaseInput',
  z.object({ agendaItemId: z.uuid({ error: 'Kies een focusoverleg.' }).describe('Het agendapunt van het focusoverleg waarvoor de eigenaar vrijgeeft.') }),
);

export const ZMeetingRelease = named('MeetingRelease', z.object({ id: ZUuid }));

export const ZFocusReleases = named(
  'FocusReleases',
  z.object({
    meetings: z
      .array(z.object({ agendaItemId: ZUuid, meetingId: ZUuid, title: z.string(), startsOn: ZIsoDate, startTime: z.string() }))
      .describe('Focusoverleggen met deze casus op de agenda waarvoor nog kan worden vrijgegeven.'),
    releases: z
      .array(
        z.object({
          id: ZUuid,
          contributionId: ZUuid,
          agendaItemId: ZUuid,
          meetingId: ZUuid,
          meetingStartsOn: ZIsoDate,
          releasedAt: ZDateTime,
          withdrawnAt: ZDateTime.nullable(),
          visibleNow: z.boolean().describe('Of de uitgenodigde partners de bijdrage nu zien (alleen op de dag van het overleg, tot het besluit).'),
        }),
      )
      .describe('Vrijgaven voor een focusoverleg van bijdragen van mijn organisatie.'),
  }),
);

export const ZReleasedForItem = named(
  'ReleasedForAgendaItem',
  z.object({
    agendaItemId: ZUuid,
    meeting: z.object({ id: ZUuid, title: z.string(), kind: z.enum(MEETING_KINDS), startsOn: ZIsoDate, startTime: z.string(), status: z.enum(['planned', 'cancelled']) }),
    case: z.object({ id: ZUuid, reference: z.string(), title: z.string(), phase: z.string() }),
    goal: z.string(),
    concluded: z.boolean().describe('Het focusoverleg heeft over deze casus besloten; wat voor het overleg was vrijgegeven, is niet meer zichtbaar.'),
    contributions: z
      .array(
        z.object({
          id: ZUuid,
          kind: z.string(),
          category: ZCategory,
          purpose: z.string(),
          owner: z.object({ id: ZUuid, name: z.string() }),
          content: z.record(z.string(), z.unknown()),
          releasedAt: ZDateTime,
        }),
      )
      .describe('Wat eigenaren voor dit overleg vrijgaven en ik nu mag zien; voor een uitgenodigde partner alleen op de dag van het overleg.'),
  }),
);

export const ZMeetingReleaseParams = ZContributionParams.extend({ releaseId: ZUuid.describe('Id van de vrijgave voor het overleg.') });
