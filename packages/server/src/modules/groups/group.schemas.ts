import { z } from 'zod';
import { GROUP_SCAN_DOCUMENT, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

const text = (min: number, max: number, label: string) =>
  z
    .string({ error: `${label} is verplicht.` })
    .trim()
    .min(1, { error: `${label} is verplicht.` })
    .min(min, { error: `${label}: minstens ${String(min)} tekens.` })
    .max(max, { error: `${label}: hoogstens ${String(max)} tekens.` });

const optionalText = (max: number) => z.string().trim().max(max, { error: `Hoogstens ${String(max)} tekens.` });

const motivation = z.string().trim().max(2000);

export const ZGroupParams = z.object({ groupId: ZUuid });
export const ZGroupTaskParams = z.object({ groupId: ZUuid, taskId: ZUuid });

/** The base64 of the largest accepted file, plus room for the other fields; larger bodies are refused by Fastify. */
export const GROUP_REGISTRATION_BODY_LIMIT = Math.ceil((GROUP_SCAN_DOCUMENT.maxBytes * 4) / 3) + 1024 * 1024;

export const ZGroupMemberInput = named(
  'GroupMemberInput',
  z.object({ fullName: text(2, 200, 'Naam groepslid'), birthDate: ZIsoDate }),
);

/**
 * A group registration from a police group scan (ZVT-1.3, ZVT-2B): name, area, the members with identifying data only
 * (name, date of birth) and the scan document as a PDF (base64, like the CSV exports this keeps every route JSON with
 * a zod schema; ADR 0017). The chain director may register for the police (`policeOrganisationId`), naming the police
 * professional who is the referrer (`referrerUserId`, ADR 0023): the members' individual registrations (ZVT-2B.3) get
 * that professional as referrer, never the chain director.
 */
export const ZGroupRegistration = named(
  'GroupRegistration',
  z.object({
    tableId: z.uuid({ error: 'Kies een tafel.' }),
    policeOrganisationId: ZUuid.optional().describe('Alleen als de ketenregisseur namens de politie registreert.'),
    referrerUserId: ZUuid.optional().describe('Alleen als de ketenregisseur namens de politie registreert: de professional van die politie-organisatie aan deze tafel die aanmeldt (de aanmelder van de groep en van de individuele aanmeldingen, ZVT-2B.3).'),
    name: text(2, 100, 'Naam van de groep'),
    area: text(2, 200, 'Gebied'),
    reason: text(10, 300, 'Reden van aanmelding'),
    members: z.array(ZGroupMemberInput).min(1, { error: 'Vul minstens één groepslid in.' }).max(60, { error: 'Hoogstens 60 groepsleden.' }),
    unknownMemberCount: z
      .number()
      .int({ error: 'Vul een heel aantal in.' })
      .min(0, { error: 'Het aantal kan niet negatief zijn.' })
      .max(200, { error: 'Hoogstens 200.' })
      .default(0)
      .describe('Hoeveel personen in de groep de politie niet bij naam kent (X-1): alleen als aantal, nooit als persoon of in het log.'),
    scanDocument: z.object({
      fileName: text(1, 200, 'Bestandsnaam'),
      contentType: z.string().max(100).describe('Alleen application/pdf.'),
      contentBase64: z.string().min(1, { error: 'Voeg de groepsscan toe.' }).describe('De inhoud van het PDF-bestand, base64.'),
    }),
  }),
);

export const ZGroupPictureInput = named(
  'GroupPictureInput',
  z.object({
    behaviour: text(5, 4000, 'Gedrag van de groep'),
    impact: text(5, 4000, 'Impact op de omgeving'),
    composition: text(5, 4000, 'Samenstelling'),
    dynamics: text(5, 4000, 'Groepsdynamiek'),
    slidingRisk: text(5, 4000, 'Risico op afglijden'),
    prosecutorConsultation: z
      .object({ consultedOn: ZIsoDate, summary: text(10, 2000, 'Samenvatting van het overleg met het OM') })
      .nullable()
      .describe('Het ambtelijk overleg van de gemeente met het Openbaar Ministerie over de duiding (ZVT-2B.1).'),
  }),
);

export const ZCorePartnerInput = named(
  'CorePartnerInput',
  z.object({ organisationId: ZUuid, motivation: text(MIN_MOTIVATION_LENGTH, 1000, 'Motivering') }),
);

export const ZGroupOutcomeInput = named(
  'GroupOutcomeInput',
  z.discriminatedUnion('outcome', [
    z.object({ outcome: z.literal('no-group-approach'), motivation: text(MIN_MOTIVATION_LENGTH, 2000, 'Motivering') }),
    z.object({
      outcome: z.literal('draft-plan'),
      areaMeasures: optionalText(4000),
      groupMeasures: optionalText(4000),
      individualApproachMemberIds: z.array(ZUuid).max(60),
      involveVeiligheidshuis: z.boolean(),
      priority: z.enum(['low', 'medium', 'high'], { error: 'Kies de prioriteit.' }),
      criminalGroup: z.boolean().describe('Een criminele groep gaat altijd naar de driehoek (ZVT-2B.3).'),
    }),
  ]),
);

export const ZGroupDecisionInput = named(
  'GroupDecisionInput',
  z.object({
    decidedOn: ZIsoDate,
    body: z.enum(['mayor-and-alderman', 'triangle'], { error: 'Kies wie besloot.' }),
    outcomes: z
      .array(z.enum(['plan-adopted', 'plan-adopted-individual-registrations', 'plan-adopted-veiligheidshuis', 'plan-needs-change', 'plan-not-adopted']))
      .min(1, { error: 'Kies minstens één besluit.' }),
    motivation,
    memberIdsToRegister: z.array(ZUuid).max(60),
    legalRepresentatives: z
      .array(
        z.object({
          memberId: ZUuid,
          fullName: text(2, 200, 'Naam wettelijk vertegenwoordiger'),
          relation: z.enum(['parent', 'guardian', 'other'], { error: 'Kies de relatie.' }),
          contact: text(5, 200, 'Contactgegevens'),
        }),
      )
      .max(240)
      .optional()
      .describe('Wettelijk vertegenwoordigers van individueel aangemelde groepsleden: minstens één onder de 16, geen vanaf 18 (ZVT-1.4).'),
  }),
);

export const ZGroupInformingInput = named(
  'GroupInformingInput',
  z.object({
    sentOn: ZIsoDate,
    outcome: text(5, 2000, 'Uitkomst'),
    goal: text(5, 2000, 'Doel'),
    themes: text(5, 2000, 'Gespreksthema’s'),
    participants: text(3, 2000, 'Deelnemers'),
    rightsExplained: z.literal(true, { error: 'De brief noemt de rechten van de betrokkene.' }),
  }),
);

const ZGroupAbilities = z.object({
  admit: z.boolean().describe('Toelaten tot de groepsaanpak (fase 1 → 2B) via het besluit over de aanmelding.'),
  recordPicture: z.boolean(),
  addCorePartner: z.boolean(),
  recordOutcome: z.boolean(),
  recordDecision: z.boolean(),
  recordInforming: z.boolean(),
  groupOutcomeLetters: z.boolean().describe('De brieven over de uitkomst per groepslid maken en de verzending vastleggen (ZVT-2B.4).'),
  downloadScan: z.boolean(),
  releaseScan: z.boolean(),
});

export const ZGroupSummary = named(
  'GroupSummary',
  z.object({
    id: ZUuid,
    reference: z.string(),
    name: z.string(),
    area: z.string(),
    table: z.object({ id: ZUuid, name: z.string() }),
    phase: z.string(),
    endState: z.string().nullable(),
    memberCount: z.number().int(),
    registeredOn: ZIsoDate,
  }),
);

export const ZGroupList = named('GroupList', z.object({ groups: z.array(ZGroupSummary) }));

export const ZGroupDetail = named(
  'GroupDetail',
  z.object({
    id: ZUuid,
    reference: z.string(),
    name: z.string(),
    area: z.string(),
    reason: z.string(),
    unknownMemberCount: z.number().int().describe('Personen in de groep die de politie niet bij naam kent: alleen een aantal.'),
    table: z.object({ id: ZUuid, name: z.string() }),
    phase: z.string(),
    phaseName: z.string(),
    endState: z.string().nullable(),
    registeredOn: ZIsoDate,
    referrer: z.object({ organisation: z.string() }),
    members: z.array(
      z.object({
        id: ZUuid,
        fullName: z.string(),
        birthDate: ZIsoDate,
        registeredCaseReference: z.string().nullable(),
      }),
    ),
    scanDocument: z
      .object({ contributionId: ZUuid, fileName: z.string(), contentType: z.string(), sizeBytes: z.number().int(), sha256: z.string(), owner: z.string() })
      .nullable()
      .describe('Alleen voor wie de bijdrage van de politie mag zien (eigenaar, ketenregisseur, na vrijgave).'),
    corePartners: z.array(z.object({ organisationId: ZUuid, organisation: z.string(), onRequest: z.boolean() })),
    otherTablePartners: z.array(z.object({ organisationId: ZUuid, organisation: z.string() })),
    picture: z
      .object({
        behaviour: z.string(),
        impact: z.string(),
        composition: z.string(),
        dynamics: z.string(),
        slidingRisk: z.string(),
        prosecutorConsultation: z.object({ consultedOn: ZIsoDate, summary: z.string() }).nullable(),
        updatedAt: ZDateTime,
      })
      .nullable(),
    draftPlan: z
      .object({
        areaMeasures: z.string(),
        groupMeasures: z.string(),
        individualApproachMemberIds: z.array(ZUuid),
        involveVeiligheidshuis: z.boolean(),
        priority: z.enum(['low', 'medium', 'high']),
        criminalGroup: z.boolean(),
        decidingBody: z.enum(['mayor-and-alderman', 'triangle']),
      })
      .nullable(),
    decisions: z.array(
      z.object({
        id: ZUuid,
        decidedOn: ZIsoDate,
        body: z.enum(['mayor-and-alderman', 'triangle']),
        outcomes: z.array(z.string()),
        motivation: z.string(),
      }),
    ),
    informing: z.array(
      z.object({
        id: ZUuid,
        memberId: ZUuid,
        memberName: z.string(),
        status: z.enum(['open', 'done']),
        sentOn: ZIsoDate.nullable(),
      }),
    ),
    abilities: ZGroupAbilities,
  }),
);

export const ZGroupDecisionResult = named(
  'GroupDecisionResult',
  z.object({
    deleted: z.boolean().describe('Waar bij een uitkomst zonder groepsaanpak: de groep is direct verwijderd (ADR 0017).'),
    reference: z.string(),
    phase: z.string().nullable(),
    endState: z.string().nullable(),
    registeredCases: z.array(z.object({ memberId: ZUuid, caseId: ZUuid, reference: z.string() })),
  }),
);

export type TGroupRegistration = z.infer<typeof ZGroupRegistration>;
export type TGroupPictureInput = z.infer<typeof ZGroupPictureInput>;
export type TGroupOutcomeInput = z.infer<typeof ZGroupOutcomeInput>;
export type TGroupDecisionInput = z.infer<typeof ZGroupDecisionInput>;
export type TGroupInformingInput = z.infer<typeof ZGroupInformingInput>;
export type TGroupDetail = z.infer<typeof ZGroupDetail>;
