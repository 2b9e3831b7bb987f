import { z } from 'zod';
import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { named } from '../../http/schemas.ts';
import { PROCESSING_ACTIVITIES } from '../../audit/processing-activities.ts';

const ZProcessingActivities = named(
  'ProcessingActivities',
  z.object({
    activities: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        purpose: z.string(),
        legalGround: z.string(),
        dataCategories: z.array(z.string()),
        dataSubjects: z.array(z.string()),
        recipients: z.array(z.string()),
        retention: z.string(),
      }),
    ),
  }),
);

/** The register of processing activities (AVG art. 30); public to every logged-in user. */
export function registerRoutes(_ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/processing-activities',
      operationId: 'listProcessingActivities',
      summary: 'Register van verwerkingsactiviteiten (AVG art. 30)',
      tags: ['Privacy'],
      auth: 'session',
      success: { status: 200, schema: ZProcessingActivities, description: 'De verwerkingsactiviteiten.' },
      errors: [],
      handler: () =>
        Promise.resolve({
          activities: Object.values(PROCESSING_ACTIVITIES).map((a) => ({
            ...a,
            dataCategories: [...a.dataCategories],
            dataSubjects: [...a.dataSubjects],
            recipients: [...a.recipients],
          })),
        }),
    }),
  ];
}
