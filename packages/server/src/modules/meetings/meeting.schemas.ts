import { z } from 'zod';
import { MAX_INTERVAL_WEEKS, MAX_SERIES_OCCURRENCES, MEETING_KINDS } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const ZMeetingKind = z.enum(MEETING_KINDS, { error: 'Kies een soort overleg.' });
const ZWallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Vul een tijd in als UU:MM, bijvoorbeeld 09:30.' });
const ZLocation = z
  .string()
  .trim()
  .min(1, { error: 'Vul een locatie in.' })
  .max(200, { error: 'Locatie: hoogstens 200 tekens.' })
  .describe('Alleen de plaats of de link van het overleg; geen namen (de locatie staat ook in de agenda-export).');
const ZTableRef = z.object({ id: ZUuid, name: z.string(), municipality: z.string() });

export const ZMeetingSeriesInput = named(
  'MeetingSeriesInput',
  z.object({
    tableId: z.uuid({ error: 'Kies een tafel.' }),
    kind: ZMeetingKind,
    startDate: ZIsoDate,
    startTime: ZWallTime,
    durationMinutes: z.number({ error: 'Vul de duur in minuten in.' }).int().min(15, { error: 'Minstens 15 minuten.' }).max(480, { error: 'Hoogstens 480 minuten.' }),
    intervalWeeks: z
      .number({ error: 'Vul het aantal weken tussen twee overleggen in.' })
      .int()
      .min(1, { error: `Kies 1 tot en met ${String(MAX_INTERVAL_WEEKS)} weken.` })
      .max(MAX_INTERVAL_WEEKS, { error: `Kies 1 tot en met ${String(MAX_INTERVAL_WEEKS)} weken.` }),
    count: z
      .number({ error: 'Vul het aantal overleggen in.' })
      .int()
      .min(1, { error: `Kies 1 tot en met ${String(MAX_SERIES_OCCURRENCES)} overleggen.` })
      .max(MAX_SERIES_OCCURRENCES, { error: `Kies 1 tot en met ${String(MAX_SERIES_OCCURRENCES)} overleggen.` })
      .optional(),
    until: ZIsoDate.optional(),
    location: ZLocation,
  }),
);

export const ZMeetingSummary = named(
  'MeetingSummary',
  z.object({
    id: ZUuid,
    seriesId: ZUuid,
    table: ZTableRef,
    kind: ZMeetingKind,
    title: z.string().describe('Soort overleg en gemeente, zoals in de agenda-export.'),
    scheduledOn: ZIsoDate.describe('De datum volgens de reeks.'),
    startsOn: ZIsoDate,
    startTime: ZWallTime,
    startsAt: ZDateTime,
    durationMinutes: z.number().int(),
    location: z.string(),
    status: z.enum(['planned', 'cancelled']),
    moved: z.boolean(),
    publicHoliday: z.string().nullable().describe('De Nederlandse feestdag waarop het overleg valt (Algemene termijnenwet), of null.'),
    agendaItemCount: z.number().int().describe('Aantal agendapunten dat ik mag zien (voor een ketenpartner: waarvoor mijn organisatie is uitgenodigd).'),
    abilities: z.object({
      manage: z.boolean().describe('Verplaatsen, annuleren of de locatie wijzigen: tot het overleg begint.'),
      manageAgenda: z.boolean().describe('Agendapunten toevoegen en verwijderen en ketenpartners uitnodigen: tot het einde van de vergaderdag (Nederlandse tijd), ook tijdens het overleg.'),
    }),
  }),
);

export const ZMeetingList = named('MeetingList', z.object({ meetings: z.array(ZMeetingSummary) }));

export const ZMeetingSeries = named(
  'MeetingSeries',
  z.object({
    id: ZUuid,
    table: ZTableRef,
    kind: ZMeetingKind,
    title: z.string(),
    intervalWeeks: z.number().int(),
    startTime: ZWallTime,
    durationMinutes: z.number().int(),
    location: z.string(),
    meetings: z.array(ZMeetingSummary),
    abilities: z.object({ manage: z.boolean() }),
  }),
);

export const ZMeetingSeriesList = named('MeetingSeriesList', z.object({ series: z.array(ZMeetingSeries) }));

const ZOrganisationRef = z.object({ id: ZUuid, name: z.string(), kind: z.string() });

export const ZAgendaItem = named(
  'AgendaItem',
  z.object({
    id: ZUuid,
    case: z.object({ id: ZUuid, reference: z.string(), title: z.string().describe('Naam van de jeugdige of de groep.'), phase: z.string() }),
    goal: z.string(),
    invitations: z.array(ZOrganisationRef),
    suggestedOrganisationIds: z.array(ZUuid).describe('Alleen voor de ketenregisseur: voorgestelde deelnemers uit de triage.'),
    missingMinimumPartnerKinds: z.array(z.string()).describe('Soorten partners die bij dit soort overleg in ieder geval deelnemen, maar niet zijn uitgenodigd.'),
  }),
);

export const ZMeetingDetail = named(
  'MeetingDetail',
  ZMeetingSummary.extend({
    agenda: z.array(ZAgendaItem).describe('Voor een ketenpartner alleen de punten waarvoor zijn organisatie is uitgenodigd; de andere worden niet genoemd, ook niet geteld.'),
    partners: z.array(ZOrganisationRef).describe('Alleen voor de ketenregisseur: de ketenpartners van de tafel.'),
  }),
);

export const ZMeetingUpdate = named(
  'MeetingUpdate',
  z.object({
    startsOn: ZIsoDate.optional(),
    startTime: ZWallTime.optional(),
    location: ZLocation.optional(),
    status: z.enum(['cancelled'], { error: 'Alleen annuleren is mogelijk.' }).optional(),
  }),
);

export const ZAgendaItemInput = named(
  'AgendaItemInput',
  z.object({
    caseId: z.uuid({ error: 'Kies een casus.' }),
    goal: z.string().trim().min(1, { error: 'Vul het doel van de bespreking in.' }).min(10, { error: 'Doel: minstens 10 tekens.' }).max(1000),
  }),
);

export const ZInvitationsInput = named(
  'InvitationsInput',
  z.object({ organisationIds: z.array(z.uuid({ error: 'Ongeldige ketenpartner.' })).max(50) }),
);

export const ZAgendaCandidates = named(
  'AgendaCandidates',
  z.object({ candidates: z.array(z.object({ id: ZUuid, reference: z.string(), title: z.string(), phase: z.string() })) }),
);

export const ZMeetingListQuery = z.object({
  tableId: ZUuid.optional().describe('Alleen overleggen van deze tafel.'),
  from: ZIsoDate.optional().describe('Overleggen vanaf deze datum; standaard vandaag.'),
});
export const ZSeriesParams = z.object({ seriesId: ZUuid.describe('Id van de overlegreeks.') });
export const ZMeetingParams = z.object({ meetingId: ZUuid.describe('Id van het overleg.') });
export const ZAgendaItemParams = ZMeetingParams.extend({ agendaItemId: ZUuid.describe('Id van het agendapunt.') });
