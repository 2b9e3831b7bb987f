import type { AppContext } from './app.ts';
import type { RouteDefinition } from './route.ts';
import { authRoutes } from '../auth/auth.routes.ts';
import { caseRoutes } from '../modules/cases/case.routes.ts';
import { contributionRoutes } from '../modules/contributions/contribution.routes.ts';
import { grantRequestRoutes } from '../modules/grant-requests/grant-request.routes.ts';
import { retentionDecisionRoutes } from '../modules/retention-decisions/retention-decision.routes.ts';
import { directionRoutes } from '../modules/case-direction/direction.routes.ts';
import { tableRoutes } from '../modules/tables/table.routes.ts';
import { adminRoutes } from '../modules/admin/admin.routes.ts';
import { noticeRoutes } from '../modules/notices/notice.routes.ts';
import { registerRoutes as processingRegisterRoutes } from '../modules/register/register.routes.ts';
import { privacyRoutes } from '../modules/privacy/privacy.routes.ts';
import { meetingRoutes } from '../modules/meetings/meeting.routes.ts';
import { subjectAccessRoutes } from '../modules/subject-access-requests/subject-access.routes.ts';
import { steeringGroupRoutes } from '../modules/steering-group/steering-group.routes.ts';
import { policySignalRoutes } from '../modules/policy-signals/policy-signal.routes.ts';
import { evaluationRoutes } from '../modules/evaluation/evaluation.routes.ts';
import { tableTermRoutes } from '../modules/table-term/table-term.routes.ts';
import { partnerQueryRoutes } from '../modules/partner-queries/partner-query.routes.ts';
import { triageRoutes } from '../modules/triage/triage.routes.ts';
import { meetingRecordRoutes } from '../modules/meeting-records/meeting-record.routes.ts';
import { groupRoutes } from '../modules/groups/group.routes.ts';
import { focusReleaseRoutes } from '../modules/focus-releases/focus-release.routes.ts';
import { workQueueRoutes } from '../modules/work-queue/work-queue.routes.ts';
import { letterRoutes } from '../modules/letters/letter.routes.ts';

/** Every JSON API route, in the order they appear in the OpenAPI document. */
export function allRoutes(ctx: AppContext): RouteDefinition[] {
  // One module per line, so that adding a module is a one-line change.
  const modules = [
    authRoutes,
    tableRoutes,
    caseRoutes,
    contributionRoutes,
    retentionDecisionRoutes,
    directionRoutes,
    noticeRoutes,
    processingRegisterRoutes,
    privacyRoutes,
    subjectAccessRoutes,
    adminRoutes,
    meetingRoutes,
    steeringGroupRoutes,
    policySignalRoutes,
    evaluationRoutes,
    tableTermRoutes,
    partnerQueryRoutes,
    triageRoutes,
    grantRequestRoutes,
    meetingRecordRoutes,
    groupRoutes,
    focusReleaseRoutes,
    workQueueRoutes,
    letterRoutes,
  ];
  return modules.flatMap((routes) => routes(ctx));
}
