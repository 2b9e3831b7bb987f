import type { AppContext } from './app.ts';
import type { RouteDefinition } from './route.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { caseRoutes } from '../modules/cases/case.routes.ts';
import { contributionRoutes } from '../modules/contributions/contribution.routes.ts';
import { grantRequestRoutes } from '../modules/grant-requests/grant-request.routes.ts';
import { retentionDecisionRoutes } from '../modules/retention-decisions/retention-decision.routes.ts';
import { tableRoutes } from '../modules/tables/table.routes.ts';
import { adminRoutes } from '../modules/admin/admin.routes.ts';
import { noticeRoutes } from '../modules/notices/notice.routes.ts';
import { registerRoutes as processingRegisterRoutes } from '../modules/register/register.routes.ts';
import { privacyRoutes } from '../modules/privacy/privacy.routes.ts';

/** Every JSON API route, in the order they appear in the OpenAPI document. */
export function allRoutes(ctx: AppContext): RouteDefinition[] {
  return [...authRoutes(ctx), ...tableRoutes(ctx), ...caseRoutes(ctx), ...contributionRoutes(ctx), ...grantRequestRoutes(ctx), ...retentionDecisionRoutes(ctx), ...noticeRoutes(ctx), ...processingRegisterRoutes(ctx), ...privacyRoutes(ctx), ...adminRoutes(ctx)];
}
