import { z } from 'zod';
import { MEETING_RECORD_OUTCOMES } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const ZCategory = z.enum(['care', 'health', 'criminal', 'other'], { error: 'Kies het soort gegevens.' });
const ZOrganisationRef = z.object({ id: ZUuid, name: z.string() });
const ZOutcome = z.enum(MEETING_RECORD_OUTCOMES, { error: 'Kies een uitkomst.' });
const ZDataStatus = z.enum(['pending', 'released', 'refused', 'withdrawn']).describe('Besluit van de eigenaar voor deze actie: open, vrijgegeven, geweigerd of (later) ingetrokken (ZVT-3A.3).');

export const ZMeetingRecordInput = named(
  'MeetingRecordInput',
  z.object({
    situationPicture: z
      .object({
        text: z.string().trim().min(20, { error: 'Toestandsbeeld: minstens 20 tekens.' }).max(5000, { error: 'Toestandsbeeld: hoogstens 5000 tekens.' }),
        category: ZCategory.describe('Het zwaarste soort gegevens in het toestandsbeeld.'),
      })
      .optional()
      .describe('Het gezamenlijke toestandsbeeld (ZVT-3A.2); een bijdrage van de ketenregie.'),
    caseDirectorUserId: ZUuid.nullable().optional().describe('De casusregisseur: een professional van een uitgenodigde ketenpartner.'),
  }),
);

export const ZPlanActionInput = named(
  'PlanActionInput',
  z.object({
    ownerOrganisationId: z.uuid({ error: 'Kies de ketenpartner die de actie uitvoert.' }),
    description: z.string().trim().min(1, { error: 'Beschrijf de actie.' }).max(1000, { error: 'Hoogstens 1000 tekens.' }),
    dueOn: ZIsoDate,
    contributionIds: z.array(z.uuid({ error: 'Ongeldig gegeven.' })).max(50).describe('De gegevens (bijdragen) die de partner voor deze actie nodig heeft; de eigenaar beslist.'),
  }),
);

export const ZMeetingOutcomeInput = named(
  'MeetingOutcomeInput',
  z.object({
    outcome: ZOutcome,
    motivation: z.string().max(2000, { error: 'Hoogstens 2000 tekens.' }),
    monitoringOn: ZIsoDate.optional().describe('Alleen bij een plan van aanpak: wanneer de casus terugkomt.'),
    monitoringWithOrganisationIds: z.array(z.uuid({ error: 'Ongeldige ketenpartner.' })).max(50).optional(),
  }),
);

export const ZPlanReleaseDecisionInput = named(
  'PlanReleaseDecisionInput',
  z.object({
    decision: z.enum(['release', 'refuse'], { error: 'Kies vrijgeven of weigeren.' }),
    reason: z.string().trim().max(1000).optional().describe('Verplicht bij weigeren: de vrager ziet de reden.'),
  }),
);

const ZActionData = z.object({
  contributionId: ZUuid,
  kind: z.string(),
  category: z.string(),
  owner: ZOrganisationRef,
  status: ZDataStatus,
  refusalReason: z.string().nullable(),
  abilities: z.object({ decide: z.boolean().describe('Ik ben de eigenaar en het besluit staat nog open.') }),
});

const ZPlanAction = z.object({
  id: ZUuid,
  owner: ZOrganisationRef,
  description: z.string(),
  dueOn: ZIsoDate,
  data: z.array(ZActionData),
});

const ZRecordOutcome = z.object({
  outcome: ZOutcome,
  label: z.string(),
  decidedOn: ZIsoDate,
  motivation: z.string().nullable().describe('Alleen voor de ketenregisseur.'),
  monitoringOn: ZIsoDate.nullable(),
  monitoringWith: z.array(ZOrganisationRef),
});

const ZCaseDirector = z.object({ userId: ZUuid, name: z.string(), organisation: ZOrganisationRef });

export const ZMeetingRecord = named(
  'MeetingRecord',
  z.object({
    agendaItemId: ZUuid,
    meeting: z.object({ id: ZUuid, date: ZIsoDate }),
    case: z.object({ id: ZUuid, reference: z.string(), title: z.string(), phase: z.string() }),
    situationPicture: z.object({ text: z.string(), category: z.string() }).nullable(),
    caseDirector: ZCaseDirector.nullable(),
    actions: z.array(ZPlanAction),
    outcome: ZRecordOutcome.nullable(),
    options: z.object({
      invitedOrganisations: z.array(ZOrganisationRef),
      tablePartners: z.array(ZOrganisationRef),
      caseDirectorCandidates: z.array(z.object({ userId: ZUuid, name: z.string(), organisation: ZOrganisationRef })),
      contributions: z.array(z.object({ id: ZUuid, kind: z.string(), category: z.string(), phase: z.string(), owner: ZOrganisationRef })).describe('Bijdragen van de casus, zonder inhoud.'),
      outcomes: z.array(z.object({ id: ZOutcome, label: z.string() })),
    }),
    refusal: z.string().nullable().describe('Waarom nu niets kan worden vastgelegd, of null.'),
    abilities: z.object({ record: z.boolean() }),
  }),
);

const ZMinutesItem = z.object({
  agendaItemId: ZUuid,
  case: z.object({ reference: z.string(), title: z.string().nullable().describe('Naam van de jeugdige of groep; alleen voor wie een rol in het plan heeft (ZVT-3A.3).') }),
  recorded: z.boolean(),
  situationPicture: z.object({ text: z.string(), category: z.string(), owner: z.string() }).nullable().describe('Alleen als de eigenaar het aan mijn organisatie heeft vrijgegeven, of ik de eigenaar ben.'),
  caseDirector: z.object({ name: z.string(), organisation: z.string() }).nullable(),
  actions: z.array(ZPlanAction).describe('Voor een ketenpartner alleen de eigen acties.'),
  releaseRequests: z
    .array(z.object({ actionId: ZUuid, actionOwner: z.string(), actionDescription: z.string(), dueOn: ZIsoDate, data: ZActionData }))
    .describe('Gegevens van mijn organisatie die een actie nodig heeft; ik beslis per activiteit (ZVT-3A.3).'),
  outcome: ZRecordOutcome.nullable(),
});

export const ZMinutes = named(
  'Minutes',
  z.object({
    meeting: z.object({ id: ZUuid, title: z.string(), date: ZIsoDate, startTime: z.string(), location: z.string(), status: z.string() }),
    items: z.array(ZMinutesItem).describe('Alleen de agendapunten waarvoor mijn organisatie is uitgenodigd; andere worden niet genoemd.'),
    producedAt: ZDateTime,
  }),
);

export const ZMonitoringAppointments = named(
  'MonitoringAppointments',
  z.object({
    appointments: z.array(
      z.object({
        caseId: ZUuid,
        reference: z.string(),
        title: z.string(),
        table: z.string(),
        monitoringOn: ZIsoDate,
        meetingOn: ZIsoDate,
        with: z.array(z.string()),
        status: z.enum(['overdue', 'due', 'later']),
      }),
    ),
  }),
);

export const ZCasePlan = named(
  'CasePlan',
  z.object({
    caseDirector: z.object({ name: z.string(), organisation: z.string() }).nullable(),
    latest: z
      .object({ meetingId: ZUuid, meetingOn: ZIsoDate, item: ZMinutesItem })
      .nullable()
      .describe('Het verslag van het laatste casusoverleg over deze casus, zoals ik het mag zien.'),
  }),
);

export const ZAgendaItemRecordParams = z.object({ meetingId: ZUuid.describe('Id van het overleg.'), agendaItemId: ZUuid.describe('Id van het agendapunt.') });
export const ZPlanActionParams = ZAgendaItemRecordParams.extend({ actionId: ZUuid.describe('Id van de actie.') });
export const ZPlanReleaseParams = z.object({ actionId: ZUuid.describe('Id van de actie.'), contributionId: ZUuid.describe('Id van de bijdrage.') });
export const ZMinutesParams = z.object({ meetingId: ZUuid.describe('Id van het overleg.') });
export const ZCasePlanParams = z.object({ caseId: ZUuid.describe('Id van de casus.') });

export const ZMeetingOutcomeResult = named(
  'MeetingOutcomeResult',
  z.object({
    outcome: ZOutcome,
    deleted: z.boolean().describe('Andere tafel: de gegevens van de casus zijn direct verwijderd.'),
    phase: z.string().nullable(),
    scaleDownOn: ZIsoDate.nullable().describe('Afschaling: de besluitdatum waarop de bewaartermijn start (ZVT-4A.1).'),
    record: ZMeetingRecord.nullable(),
  }),
);

export const ZPlanReleaseDecision = named('PlanReleaseDecision', z.object({ status: z.enum(['released', 'refused']) }));
