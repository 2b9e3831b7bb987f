import { z } from 'zod';
import { named, ZUuid } from '../../http/schemas.ts';
import { MEETING_KINDS } from '@ketentafel/domain';

export const ZEvaluationParams = z.object({
  tableId: ZUuid.describe('Id van de tafel.'),
  year: z.coerce.number({ error: 'Jaar: een getal.' }).int().min(2000, { error: 'Jaar: vanaf 2000.' }).max(2100, { error: 'Jaar: tot 2100.' }).describe('Het kalenderjaar.'),
});

/** A count, with whether (and why) an export hides it. Inside the table every value is shown. */
const ZCount = z.object({
  value: z.number().int(),
  suppressedOnExport: z.enum(['small-count', 'derivable']).nullable(),
});

export const ZEvaluation = named(
  'Evaluation',
  z.object({
    table: z.object({ id: ZUuid, name: z.string() }),
    year: z.number().int(),
    threshold: z.number().int(),
    registrations: z.object({ total: ZCount, quarters: z.array(z.object({ quarter: z.number().int(), count: ZCount })) }),
    outcomes: z.object({
      total: ZCount,
      phases: z.array(
        z.object({ phase: z.string(), phaseName: z.string(), total: ZCount, outcomes: z.array(z.object({ outcome: z.string(), label: z.string(), count: ZCount })) }),
      ),
    }),
    phaseDurations: z.array(z.object({ phase: z.string(), phaseName: z.string(), cases: ZCount, medianDays: z.number().nullable() })),
    scaledDown: ZCount,
    deletions: z.object({ onTime: ZCount, late: ZCount, total: ZCount }),
    meetingsHeld: z
      .object({ total: ZCount, kinds: z.array(z.object({ kind: z.enum(MEETING_KINDS), label: z.string(), count: ZCount })) })
      .describe('Gehouden overleggen per soort: niet geannuleerd, de datum voorbij en met ten minste één agendapunt (ADR 0019).'),
  }),
);
export type TEvaluation = z.infer<typeof ZEvaluation>;
