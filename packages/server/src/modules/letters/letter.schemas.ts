import { z } from 'zod';
import { LETTER_CHANNELS, LETTER_KINDS } from '@ketentafel/domain';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

export const ZLetterKind = z.enum(LETTER_KINDS, { error: 'Onbekende soort brief.' }).describe('Soort brief.');
export const ZLetterSender = z
  .enum(['chain-director-for-referrer', 'referrer'], { error: 'Kies wie de brief verstuurt.' })
  .describe('Wie de brief verstuurt (ZVT-2A.5): de ketenregisseur namens de aanmelder, of de aanmelder zelf.');
export const ZLetterChannel = z.enum(LETTER_CHANNELS, { error: 'Kies hoe de brief is verstuurd.' }).describe('Per post, per e-mail of persoonlijk overhandigd.');

export const ZTableParams = z.object({ tableId: ZUuid.describe('Id van de tafel.') });
export const ZTemplateParams = ZTableParams.extend({ kind: ZLetterKind });
export const ZCaseLetterParams = z.object({ caseId: ZUuid.describe('Id van de casus.'), kind: ZLetterKind });
export const ZCaseParams = z.object({ caseId: ZUuid.describe('Id van de casus.') });

export const ZLetterTemplate = named(
  'LetterTemplate',
  z.object({
    kind: ZLetterKind,
    label: z.string(),
    requirementId: z.string(),
    body: z.string().describe('De brieftekst met plaatshouders als {{naam}}.'),
    privacyContact: z.string().describe('Hoe de functionaris gegevensbescherming van de gemeente te bereiken is (in de vaste alinea over rechten).'),
    versionHash: z.string().describe('SHA-256 over soort, tekst, contact en de versie van de vaste alinea.'),
    isDefault: z.boolean().describe('De meegeleverde standaardtekst (nog niet aangepast).'),
    defaultBody: z.string(),
    defaultPrivacyContact: z.string(),
    placeholders: z.array(z.object({ name: z.string(), description: z.string(), required: z.boolean() })),
    updatedAt: ZDateTime.nullable(),
  }),
);

export const ZLetterTemplateList = named('LetterTemplateList', z.object({ templates: z.array(ZLetterTemplate) }));

export const ZLetterTemplateInput = named(
  'LetterTemplateInput',
  z.object({
    body: z.string({ error: 'Brieftekst is verplicht.' }).trim().min(20, { error: 'Brieftekst: minstens 20 tekens.' }).max(20000, { error: 'Brieftekst: hoogstens 20.000 tekens.' }),
    privacyContact: z
      .string({ error: 'Contact van de functionaris gegevensbescherming is verplicht.' })
      .trim()
      .min(10, { error: 'Contact van de functionaris gegevensbescherming: minstens 10 tekens.' })
      .max(400),
  }),
);

export const ZSentLetter = z.object({
  id: ZUuid,
  kind: ZLetterKind,
  letterDate: ZIsoDate,
  sentOn: ZIsoDate,
  channel: ZLetterChannel,
  sender: ZLetterSender,
  sentByOrganisation: z.string(),
  templateHash: z.string(),
  recordedAt: ZDateTime,
});

export const ZCaseLetter = z.object({
  kind: ZLetterKind,
  label: z.string(),
  requirementId: z.string(),
  available: z.boolean().describe('Of deze brief voor de casus nu te maken is.'),
  unavailableReason: z.string().nullable(),
  sender: ZLetterSender.describe('Wie de brief verstuurt; standaard de ketenregisseur namens de aanmelder.'),
  templateHash: z.string().nullable().describe('De versie van de sjabloon waarmee de brief nu wordt gemaakt.'),
  sent: z.array(ZSentLetter),
  abilities: z.object({
    render: z.boolean(),
    recordSent: z.boolean(),
    chooseSender: z.boolean(),
  }),
});

export const ZCaseLetters = named('CaseLetters', z.object({ letters: z.array(ZCaseLetter) }));

export const ZLetterQuery = z.object({ letterDate: ZIsoDate.optional().describe('Datum van de brief; standaard vandaag.') });

export const ZLetterSenderInput = named('LetterSenderInput', z.object({ sender: ZLetterSender }));

export const ZSentLetterInput = named(
  'SentLetterInput',
  z.object({
    letterDate: ZIsoDate.describe('De datum in de brief.'),
    sentOn: ZIsoDate.describe('Wanneer de brief is verstuurd of overhandigd.'),
    channel: ZLetterChannel,
    templateHash: z.string().min(1).max(100).describe('De versie van de sjabloon van de verstuurde brief (uit GET …/letters).'),
    contentItems: z.array(z.string()).optional().describe('Brief informeren (ZVT-1.4): wat de informatie bevatte.'),
    consentAsked: z.boolean().optional(),
    consentGiven: z.enum(['yes', 'no', 'not-applicable']).optional(),
  }),
);

export const ZSentLetterResult = named('SentLetterResult', ZSentLetter.extend({ informingCompleted: z.boolean().describe('De informeertaak is hiermee afgerond.') }));

export const ZGroupParams = z.object({ groupId: ZUuid.describe('Id van de groep.') });
export const ZGroupMemberParams = ZGroupParams.extend({ memberId: ZUuid.describe('Id van het groepslid.') });

export const ZGroupLetters = named(
  'GroupLetters',
  z.object({
    kind: ZLetterKind,
    label: z.string(),
    requirementId: z.string(),
    templateHash: z.string().describe('De versie van de sjabloon waarmee de brief nu wordt gemaakt.'),
    members: z.array(
      z.object({
        memberId: ZUuid,
        memberName: z.string(),
        informingTaskId: ZUuid.nullable(),
        informingStatus: z.enum(['open', 'done']).nullable().describe('De informeertaak van dit groepslid; die ontstaat bij het besluit over het plan.'),
        available: z.boolean().describe('Of de brief voor dit groepslid nu te maken is.'),
        unavailableReason: z.string().nullable(),
        sent: z
          .object({
            sentOn: ZIsoDate,
            letter: z.object({ letterDate: ZIsoDate, channel: ZLetterChannel }).nullable().describe('De brief waarmee is geïnformeerd; leeg als het informeren op een andere manier is vastgelegd.'),
          })
          .nullable(),
        abilities: z.object({ render: z.boolean(), recordSent: z.boolean() }),
      }),
    ),
  }),
);

export const ZGroupLetterSentInput = named(
  'GroupLetterSentInput',
  z.object({
    letterDate: ZIsoDate.describe('De datum in de brief.'),
    sentOn: ZIsoDate.describe('Wanneer de brief is verstuurd of overhandigd.'),
    channel: ZLetterChannel,
    templateHash: z.string().min(1).max(100).describe('De versie van de sjabloon van de verstuurde brief (uit GET /groups/{groupId}/letters).'),
  }),
);
export type TGroupLetterSentInput = z.infer<typeof ZGroupLetterSentInput>;

export const ZGroupLetterSentResult = named(
  'GroupLetterSentResult',
  z.object({
    memberId: ZUuid,
    letterDate: ZIsoDate,
    sentOn: ZIsoDate,
    channel: ZLetterChannel,
    templateHash: z.string(),
    sentByOrganisation: z.string(),
    informingCompleted: z.boolean().describe('De informeertaak van dit groepslid is hiermee afgerond.'),
  }),
);
