import { z } from 'zod';
import { LETTER_CHANNELS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';
import { ZEligibilityFacts, ZCriterion } from '../cases/case.schemas.ts';
import { ZPartnerQueryAnswer, ZQueryStatus } from '../partner-queries/partner-query.schemas.ts';

const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .min(min, { error: `${label}: minstens ${String(min)} tekens.` })
    .max(max, { error: `${label}: hoogstens ${String(max)} tekens.` });

const motivation = z
  .string({ error: 'Motivering is verplicht.' })
  .trim()
  .min(1, { error: 'Motivering is verplicht.' })
  .min(MIN_MOTIVATION_LENGTH, { error: `Motivering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` })
  .max(2000);

export const ZParticipation = z.enum(['invited', 'informed-before', 'informed-after'], { error: 'Kies hoe zij betrokken worden.' });

/** The triage record (ZVT-2A.2), kept by the chain director. */
export const ZTriageRecordInput = named(
  'TriageRecordInput',
  z.object({
    situationPicture: text(10, 4000, 'Toestandsbeeld'),
    situationCategory: z.enum(['care', 'health', 'criminal', 'other'], { error: 'Kies het soort gegevens.' }).describe('Het zwaarste soort gegevens in het toestandsbeeld.'),
    partners: z
      .array(
        z.object({
          organisationId: ZUuid,
          involvement: z.enum(['involved', 'needed'], { error: 'Kies betrokken of nodig.' }),
          possibleContribution: z.string().trim().max(1000),
          informationToBring: z.string().trim().max(1000),
        }),
      )
      .max(20),
    goal: text(10, 1000, 'Doel van het casusoverleg'),
    participantOrganisationIds: z.array(ZUuid).min(1, { error: 'Kies minstens één deelnemer.' }).max(20),
    subjectParticipation: ZParticipation,
    parentsParticipation: ZParticipation,
  }),
);

export const ZTriageRecord = named(
  'TriageRecord',
  z.object({
    situationPicture: z.string(),
    situationCategory: z.enum(['care', 'health', 'criminal', 'other']),
    partners: z.array(
      z.object({ organisationId: ZUuid, organisation: z.string(), involvement: z.enum(['involved', 'needed']), possibleContribution: z.string(), informationToBring: z.string() }),
    ),
    goal: z.string(),
    participants: z.array(z.object({ organisationId: ZUuid, organisation: z.string() })),
    subjectParticipation: ZParticipation,
    parentsParticipation: ZParticipation,
    owner: z.string(),
    updatedAt: ZDateTime,
  }),
);

export const ZStrikableField = z.enum(['registrationReason', 'subjectMunicipality', 'criteriaCriminal', 'criteriaCare', 'criteriaOther'], {
  error: 'Kies wat u wilt schrappen.',
});

export const ZStrikeInput = named(
  'StrikeInput',
  z.object({
    fields: z.array(ZStrikableField).min(1, { error: 'Kies wat u wilt schrappen.' }),
    reason: motivation,
  }),
);

export const ZStrikeResult = named('StrikeResult', z.object({ fields: z.array(z.string()), struckAt: ZDateTime }));

export const ZReassessmentInput = named(
  'ReassessmentInput',
  z.object({
    facts: ZEligibilityFacts,
    decision: z.enum(['admitted', 'not-admitted'], { error: 'Kies een besluit.' }),
    reason: z.string().trim().max(1000).optional().describe('Verplicht als het besluit afwijkt van het voorstel.'),
    advice: z.string().trim().max(2000).optional().describe('Advies aan de aanmelder bij niet toelaten; zonder persoonsgegevens.'),
  }),
);

export const ZReassessmentResult = named(
  'ReassessmentResult',
  z.object({
    outcome: z.enum(['eligible', 'not-eligible', 'insufficient-data']),
    criteria: z.array(ZCriterion),
    proposal: z.enum(['not-admitted', 'admitted', 'insufficient-data', 'group-scan']),
    decision: z.enum(['admitted', 'not-admitted']),
    deleted: z.boolean(),
    reference: z.string(),
  }),
);

export const ZTriageOutcomeValue = z.enum(['to-case-meeting', 'not-to-case-meeting', 'doubt-focus-meeting', 'focus-to-case-meeting', 'focus-not-to-case-meeting'], {
  error: 'Kies een uitkomst.',
});

export const ZTriageOutcomeInput = named(
  'TriageOutcomeInput',
  z.object({
    outcome: ZTriageOutcomeValue,
    motivation,
    advice: z.string().trim().max(2000).optional().describe('Advies aan de aanmelder als de casus niet doorgaat; zonder persoonsgegevens.'),
    informingLetter: z
      .object({
        letterDate: ZIsoDate.describe('De datum in de brief (zoals gemaakt met GET /cases/{caseId}/letters/triage-closed/pdf).'),
        sentOn: ZIsoDate.describe('Wanneer de brief is of wordt verstuurd: vandaag of eerder, of gepland binnen twee weken.'),
        channel: z.enum(LETTER_CHANNELS, { error: 'Kies hoe de brief wordt verstuurd.' }).describe('Per post, per e-mail of persoonlijk overhandigd.'),
        templateHash: z.string().min(1).max(100).describe('De versie van de sjabloon van de brief (uit GET /cases/{caseId}/letters).'),
      })
      .optional()
      .describe('ZVT-2A.5: verplicht bij een uitkomst die de casus verwijdert ("niet naar het casusoverleg") — hoe en wanneer de brief over de uitkomst is of wordt verstuurd. Niets daarvan blijft bij de casus bewaard (ADR 0021).'),
  }),
);

export const ZTriageOutcomeResult = named(
  'TriageOutcomeResult',
  z.object({ reference: z.string(), outcome: ZTriageOutcomeValue, phase: z.string().nullable(), deleted: z.boolean(), caseId: ZUuid.nullable() }),
);

export const ZTriage = named(
  'Triage',
  z.object({
    phase: z.string(),
    queries: z.array(
      z.object({
        id: ZUuid,
        organisation: z.string(),
        question: z.string(),
        sentOn: ZIsoDate,
        deadline: ZIsoDate,
        status: ZQueryStatus,
        answeredAt: ZDateTime.nullable(),
        answeredLate: z.boolean().nullable(),
        reminderSentOn: ZIsoDate.nullable(),
        answer: ZPartnerQueryAnswer.nullable().describe('Alleen als het toegangsbeleid het antwoord toont (ZVT-2A.1).'),
      }),
    ),
    record: ZTriageRecord.nullable(),
    strikable: z.array(z.object({ field: ZStrikableField, label: z.string(), present: z.boolean() })),
    strikes: z.array(z.object({ fields: z.array(z.string()), reason: z.string(), struckAt: ZDateTime })),
    reassessmentDue: z.boolean().describe('Na "onvoldoende gegevens" (ZVT-1.3) eerst hertoetsen.'),
    currentFacts: ZEligibilityFacts.nullable().describe('De criteriafeiten van de aanmelding, als uitgangspunt voor de hertoetsing.'),
    outcomes: z.array(z.object({ id: ZTriageOutcomeValue, label: z.string(), requiresMotivation: z.boolean(), endsCase: z.boolean() })),
    outcomeHistory: z.array(z.object({ phase: z.string(), outcome: z.string(), label: z.string(), motivation: z.string(), decidedAt: ZDateTime })),
    abilities: z.object({ record: z.boolean(), strike: z.boolean(), reassess: z.boolean(), decide: z.boolean() }),
  }),
);
