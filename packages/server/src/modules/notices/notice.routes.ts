import { z } from 'zod';
import type { AppContext } from '../../http/app.ts';
import { defineRoute, type RouteDefinition } from '../../http/route.ts';
import { named, ZDateTime, ZUuid } from '../../http/schemas.ts';

const ZNoticeList = named(
  'NoticeList',
  z.object({
    notices: z.array(z.object({ id: ZUuid, reference: z.string(), message: z.string(), createdAt: ZDateTime })),
  }),
);

/** Messages to the caller without personal data, e.g. the advice after "not admitted" (ZVT-1.3). */
export function noticeRoutes(ctx: AppContext): RouteDefinition[] {
  return [
    defineRoute({
      method: 'GET',
      path: '/notices',
      operationId: 'listNotices',
      summary: 'Berichten voor mij',
      tags: ['Berichten'],
      auth: 'session',
      success: { status: 200, schema: ZNoticeList, description: 'Berichten aan mij of mijn organisatie.' },
      errors: [],
      handler: async ({ actor }) => {
        const rows = await ctx.db
          .selectFrom('notices')
          .select(['id', 'reference', 'message', 'created_at'])
          .where((eb) => eb.or([eb('user_id', '=', actor.userId), eb.and([eb('user_id', 'is', null), eb('organisation_id', '=', actor.organisationId)])]))
          .orderBy('created_at', 'desc')
          .limit(100)
          .execute();
        return { notices: rows.map((r) => ({ id: r.id, reference: r.reference, message: r.message, createdAt: r.created_at.toISOString() })) };
      },
    }),
  ];
}
