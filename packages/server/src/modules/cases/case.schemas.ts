import { z } from 'zod';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

export const ZFactValue = z.enum(['yes', 'no', 'unknown'], { error: 'Kies ja, nee of onbekend.' });

const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .min(min, { error: `${label}: minstens ${min} tekens.` })
    .max(max, { error: `${label}: hoogstens ${max} tekens.` });

/** The criteria facts (ZVT-1.2): care and criminal data, protected as such. */
export const ZEligibilityFacts = named(
  'EligibilityFacts',
  z.object({
    adolescentCriminalLaw: ZFactValue,
    youthCareContinuedAfter18: ZFactValue,
    youthCareDecidedBefore18: ZFactValue,
    youthCareResumptionWithinHalfYear: ZFactValue,
    partOfYouthNetwork: ZFactValue,
    areaSafetyProblem: ZFactValue,
    careSafetyCooperationNeeded: ZFactValue,
    planBeyondReferrerNeeded: ZFactValue,
  }),
);

export const ZLegalRepresentative = named(
  'LegalRepresentative',
  z.object({
    fullName: text(2, 200, 'Naam wettelijk vertegenwoordiger'),
    relation: z.enum(['parent', 'guardian', 'other'], { error: 'Kies de relatie.' }),
    contact: text(5, 200, 'Contactgegevens'),
  }),
);

export const ZSubjectInput = named(
  'SubjectInput',
  z.object({
    fullName: text(2, 200, 'Naam'),
    birthDate: ZIsoDate,
    municipality: text(2, 100, 'Woonplaats'),
  }),
);

/**
 * A registration (ZVT-1.1): only identifying (DAT) data and what the criteria need. No free-text
 * history, no data about anyone but the subject and their legal representatives.
 */
export const ZRegistration = named(
  'Registration',
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('individual'),
      tableId: z.uuid({ error: 'Kies een tafel.' }),
      subject: ZSubjectInput,
      legalRepresentatives: z.array(ZLegalRepresentative).max(4, { error: 'Hoogstens vier wettelijk vertegenwoordigers.' }),
      reason: text(10, 300, 'Reden van aanmelding'),
      facts: ZEligibilityFacts,
    }),
    z.object({
      kind: z.literal('group-scan'),
      tableId: z.uuid({ error: 'Kies een tafel.' }),
      group: z.object({ name: text(2, 100, 'Naam van de groep'), area: text(2, 200, 'Gebied') }),
      reason: text(10, 300, 'Reden van aanmelding'),
    }),
  ]),
);

export const ZCriterion = z.object({
  id: z.enum(['a', 'b', 'c', 'd']),
  result: ZFactValue,
  reason: z.string(),
});

export const ZAssessment = named(
  'Assessment',
  z.object({
    onDate: ZIsoDate,
    outcome: z.enum(['eligible', 'not-eligible', 'insufficient-data']).nullable(),
    criteria: z.array(ZCriterion),
    proposal: z.enum(['not-admitted', 'admitted', 'insufficient-data', 'group-scan']),
  }),
);

export const ZAdmissionDecisionValue = z.enum(['not-admitted', 'admitted', 'insufficient-data', 'group-scan'], {
  error: 'Kies een besluit.',
});

export const ZAdmissionDecisionInput = named(
  'AdmissionDecisionInput',
  z.object({
    decision: ZAdmissionDecisionValue,
    reason: z.string().trim().max(1000).optional().describe('Verplicht als het besluit afwijkt van het voorstel.'),
    advice: z.string().trim().max(2000).optional().describe('Advies aan de aanmelder bij niet toelaten; zonder persoonsgegevens.'),
    dataRequest: z.string().trim().max(1000).optional().describe('Bij onvoldoende gegevens: welke gegevens gericht worden uitgevraagd.'),
  }),
);

export const ZAdmissionResult = named(
  'AdmissionResult',
  z.object({
    reference: z.string(),
    decision: ZAdmissionDecisionValue,
    phase: z.string().nullable(),
    deleted: z.boolean().describe('De persoonsgegevens zijn verwijderd (niet toegelaten).'),
    caseId: ZUuid.nullable(),
  }),
);

export const ZInformingTask = z.object({
  id: ZUuid,
  status: z.enum(['open', 'done', 'deferred']),
  responsibleOrganisation: z.string(),
  requiredRecipientsToday: z.array(z.enum(['subject', 'legalRepresentatives'])),
  informedOn: ZIsoDate.nullable(),
  recipients: z.array(z.enum(['subject', 'legalRepresentatives'])).nullable(),
  contentItems: z.array(z.string()).nullable(),
  consentAsked: z.boolean().nullable(),
  consentGiven: z.enum(['yes', 'no', 'not-applicable']).nullable(),
  deferralGround: z.string().nullable(),
  deferralMotivation: z.string().nullable(),
  plannedOn: ZIsoDate.nullable(),
});

export const ZAbilities = z.object({
  assess: z.boolean(),
  decideAdmission: z.boolean(),
  recordInforming: z.boolean(),
  sendPartnerQuery: z.boolean(),
  transferDirection: z.boolean().describe('Regie overdragen aan een andere ketenpartner (ZVT-3A.2).'),
  recordRetentionException: z.boolean().describe('Afwijken van de bewaartermijn (ZVT-4A.2).'),
  placeLegalHold: z.boolean().describe('Juridische blokkade plaatsen of beëindigen.'),
});

export const ZCaseSummary = named(
  'CaseSummary',
  z.object({
    id: ZUuid,
    reference: z.string(),
    table: z.object({ id: ZUuid, name: z.string() }),
    kind: z.enum(['individual', 'group-scan']),
    phase: z.string(),
    phaseName: z.string(),
    title: z.string().describe('Naam van de jeugdige of van de groep.'),
    registeredOn: ZIsoDate,
    referrerOrganisation: z.string(),
    registeredByMe: z.boolean().describe('Ik heb deze casus aangemeld (of de ketenregisseur deed het namens mij).'),
    directionOrganisation: z.object({ id: ZUuid, name: z.string() }).describe('De ketenpartner die de regie over de casus heeft (ZVT-3A.2).'),
    informingStatus: z.enum(['open', 'done', 'deferred']).nullable(),
    informingPlannedOn: ZIsoDate.nullable().describe('Bij uitstel: wanneer alsnog wordt geïnformeerd.'),
    abilities: ZAbilities,
  }),
);

export const ZCaseList = named('CaseList', z.object({ cases: z.array(ZCaseSummary) }));

export const ZCaseDetail = named(
  'CaseDetail',
  ZCaseSummary.extend({
    view: z.literal('full').describe('De casus zoals een betrokkene in de scope van de casus haar ziet.'),
    subject: z.object({ fullName: z.string(), birthDate: ZIsoDate, municipality: z.string() }).nullable(),
    group: z.object({ name: z.string(), area: z.string() }).nullable(),
    legalRepresentatives: z.array(ZLegalRepresentative),
    reason: z.string(),
    facts: ZEligibilityFacts.nullable(),
    processVersion: z.object({ key: z.string(), version: z.number().int(), name: z.string() }),
    decision: z
      .object({
        decision: ZAdmissionDecisionValue,
        proposal: ZAdmissionDecisionValue,
        reason: z.string().nullable(),
        dataRequest: z.string().nullable(),
        decidedAt: ZDateTime,
      })
      .nullable(),
    informingTask: ZInformingTask.nullable(),
    partnerQueries: z.array(z.object({ id: ZUuid, organisation: z.string(), question: z.string(), deadline: ZIsoDate })),
    history: z.array(z.object({ fromPhase: z.string().nullable(), toPhase: z.string(), outcome: z.string().nullable(), at: ZDateTime })),
  }),
);

/**
 * The case as a partner sees it that only received releases (ZVT-3A.3, X-2): the reference and the table, nothing of
 * the registration; the released contributions come from `GET /cases/{caseId}/contributions`.
 */
export const ZReleasedCase = named(
  'ReleasedCase',
  z.object({
    view: z.literal('released').describe('Alleen wat de eigenaren aan mijn organisatie hebben vrijgegeven.'),
    id: ZUuid,
    reference: z.string(),
    table: z.object({ id: ZUuid, name: z.string() }),
    abilities: ZAbilities,
  }),
);

/** `GET /cases/{caseId}`: the full case, or only the released part of it. */
export const ZCaseView = named('CaseView', z.discriminatedUnion('view', [ZCaseDetail, ZReleasedCase]));

export const ZCaseParams = z.object({ caseId: ZUuid.describe('Id van de casus.') });
export const ZCaseListQuery = z.object({
  tableId: ZUuid.optional().describe('Alleen casussen van deze tafel.'),
  phase: z.string().max(20).optional().describe('Alleen casussen in deze fase.'),
});

export const ZInformingCompletion = named(
  'InformingCompletion',
  z.object({
    informedOn: ZIsoDate,
    contentItems: z.array(z.string()).min(1, { error: 'Vink aan wat de informatie bevatte.' }),
    consentAsked: z.boolean(),
    consentGiven: z.enum(['yes', 'no', 'not-applicable']),
  }),
);

export const ZInformingDeferral = named(
  'InformingDeferral',
  z.object({
    ground: z.enum(['third-party-interests', 'subject-interest', 'other'], { error: 'Kies een grond voor uitstel.' }),
    motivation: z
      .string()
      .trim()
      .min(1, { error: 'Motivering is verplicht.' })
      .min(MIN_MOTIVATION_LENGTH, { error: `Motivering: minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.` })
      .max(2000),
    plannedOn: ZIsoDate,
  }),
);

export const ZPartnerQueryInput = named(
  'PartnerQueryInput',
  z.object({
    organisationId: ZUuid,
    question: z.string().trim().min(10, { error: 'Vraag: minstens 10 tekens.' }).max(1000),
    deadline: ZIsoDate,
  }),
);

export const ZPartnerQuery = named(
  'PartnerQuery',
  z.object({ id: ZUuid, organisation: z.string(), question: z.string(), deadline: ZIsoDate }),
);

export type TRegistration = z.infer<typeof ZRegistration>;
export type TCaseDetail = z.infer<typeof ZCaseDetail>;
export type TCaseSummary = z.infer<typeof ZCaseSummary>;
export type TReleasedCase = z.infer<typeof ZReleasedCase>;
