import { z } from 'zod';
import { MEETING_KINDS } from '@ketentafel/domain';
import { named, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const ZUrgency = z.enum(['overdue', 'due', 'soon']).describe('overdue: de datum is voorbij; due: vandaag; soon: binnen de termijn van de werkvoorraad.');
const ZLink = z.string().describe('De pagina in Ketentafel waar dit werk gedaan wordt.');

export const ZWorkQueue = named(
  'WorkQueue',
  z.object({
    today: ZIsoDate,
    windowDays: z.number().int().describe('Hoeveel dagen vooruit de werkvoorraad kijkt.'),
    registrationsToAssess: z.object({
      count: z.number().int(),
      items: z.array(z.object({ caseId: ZUuid, reference: z.string(), table: z.string(), registeredOn: ZIsoDate, link: ZLink })),
    }),
    overduePartnerQueries: z.object({
      count: z.number().int(),
      items: z.array(z.object({ id: ZUuid, caseId: ZUuid, reference: z.string(), organisation: z.string(), deadline: ZIsoDate, link: ZLink })),
    }),
    informing: z.object({
      count: z.number().int(),
      overdue: z.number().int(),
      items: z.array(z.object({ id: ZUuid, caseId: ZUuid, reference: z.string(), status: z.enum(['open', 'deferred']), plannedOn: ZIsoDate.nullable(), urgency: ZUrgency, link: ZLink })),
    }),
    nextMeetings: z.object({
      count: z.number().int(),
      items: z.array(
        z.object({ meetingId: ZUuid, table: z.string(), kind: z.enum(MEETING_KINDS), title: z.string(), startsOn: ZIsoDate, startTime: z.string(), agendaItemCount: z.number().int(), link: ZLink }),
      ),
    }),
    retentionReassessments: z.object({
      count: z.number().int(),
      overdue: z.number().int(),
      items: z.array(z.object({ id: ZUuid, caseId: ZUuid, reference: z.string(), reassessOn: ZIsoDate, urgency: ZUrgency, link: ZLink })),
    }),
  }),
);
export type TWorkQueue = z.infer<typeof ZWorkQueue>;
