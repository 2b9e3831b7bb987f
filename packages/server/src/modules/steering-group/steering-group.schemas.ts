import { z } from 'zod';
import { ESCALATION_DECISIONS, STEERING_GROUP_ROLES } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

export const ZTableParams = z.object({ tableId: ZUuid.describe('Id van de tafel.') });
export const ZEscalationParams = z.object({ tableId: ZUuid.describe('Id van de tafel.'), escalationId: ZUuid.describe('Id van de opschaling.') });

const ZMember = z.object({ role: z.enum(STEERING_GROUP_ROLES), title: z.string().trim().min(3, { error: 'Functie: minstens 3 tekens.' }).max(200) });
export const ZSteeringGroup = named('SteeringGroup', z.object({ tableId: ZUuid, members: z.array(ZMember) }));
export const ZSteeringGroupUpdate = named('SteeringGroupUpdate', z.object({ members: z.array(ZMember).min(1).max(2) }));

const text = (label: string, min: number) =>
  z.string().trim().min(1, { error: `${label} is verplicht.` }).min(min, { error: `${label}: minstens ${String(min)} tekens.` }).max(4000);

export const ZEscalationInput = named(
  'EscalationInput',
  z.object({
    caseId: ZUuid,
    summary: text('Gepseudonimiseerde samenvatting', 20),
    question: text('Vraag aan de stuurgroep', 10),
  }),
);
export const ZEscalationDecisionInput = named(
  'EscalationDecisionInput',
  z.object({ decidedOn: ZIsoDate, decision: z.enum(ESCALATION_DECISIONS, { error: 'Kies het besluit.' }), text: text('Toelichting', 10) }),
);
export const ZEscalation = named(
  'Escalation',
  z.object({
    id: ZUuid,
    caseId: ZUuid,
    caseReference: z.string(),
    summary: z.string(),
    question: z.string(),
    escalatedAt: ZDateTime,
    escalatedBy: z.string(),
    decision: z
      .object({ decidedOn: ZIsoDate, decision: z.enum(ESCALATION_DECISIONS), text: z.string(), recordedBy: z.string(), recordedAt: ZDateTime })
      .nullable(),
  }),
);
export const ZEscalationList = named('EscalationList', z.object({ escalations: z.array(ZEscalation) }));
