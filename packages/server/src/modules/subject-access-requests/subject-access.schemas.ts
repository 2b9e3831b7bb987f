import { z } from 'zod';
import { named, ZDateTime, ZIsoDate, ZUuid } from '../../http/schemas.ts';

/**
 * Access requests of data subjects (X-3, AVG art. 15). The API carries the request and the status of its
 * export, never the compiled content: that leaves the server only inside the encrypted PDF.
 */
export const ZSubjectAccessRequestInput = named(
  'SubjectAccessRequestInput',
  z.object({
    subjectName: z
      .string()
      .trim()
      .min(2, { error: 'Vul de naam van de betrokkene in (minstens 2 tekens).' })
      .max(200)
      .describe('Volledige naam van de jeugdige (exact, hoofdletterongevoelig), zoals in het verzoek.'),
    subjectBirthDate: ZIsoDate.describe('Geboortedatum van de jeugdige.'),
    receivedOn: ZIsoDate.describe('Datum waarop het verzoek is ontvangen; de wettelijke termijn loopt vanaf hier.'),
    receivedVia: z.enum(['letter', 'email', 'in-person', 'web-form', 'other'], { error: 'Kies hoe het verzoek binnenkwam.' }).describe('Hoe het verzoek binnenkwam.'),
    externalReference: z.string().trim().max(100, { error: 'Kenmerk: hoogstens 100 tekens.' }).optional().describe('Kenmerk of omschrijving van het verzoek (bijvoorbeeld het zaaknummer van de brief).'),
    requestedBy: z
      .enum(['data-subject', 'legal-representative', 'authorised-representative'], { error: 'Kies wie het verzoek doet.' })
      .describe('Wie het verzoek doet: de betrokkene zelf, een wettelijk vertegenwoordiger of een gemachtigde.'),
  }),
);

const ZStatus = z.enum(['received', 'export-available', 'export-removed']).describe('Ontvangen; exportbestand beschikbaar; exportbestand verwijderd na de downloadtermijn.');

export const ZSubjectAccessRequest = named(
  'SubjectAccessRequest',
  z.object({
    id: ZUuid,
    reference: z.string().describe('Kenmerk van het verzoek in Ketentafel.'),
    subjectName: z.string().describe('De naam uit het verzoek (geen casusgegeven).'),
    subjectBirthDate: ZIsoDate,
    receivedOn: ZIsoDate,
    receivedVia: z.enum(['letter', 'email', 'in-person', 'web-form', 'other']),
    externalReference: z.string().nullable(),
    requestedBy: z.enum(['data-subject', 'legal-representative', 'authorised-representative']),
    deadlineOn: ZIsoDate.describe('Uiterste antwoorddatum: één kalendermaand na ontvangst (AVG art. 12 lid 3).'),
    overdue: z.boolean().describe('Nog geen exportbestand gemaakt en de termijn is verstreken.'),
    status: ZStatus,
    recordedAt: ZDateTime,
    recordedByRole: z.enum(['chain-director', 'privacy-officer', 'partner-professional', 'application-administrator']),
    coverage: z.object({ allTables: z.boolean(), tables: z.array(z.string()) }).describe('Welke tafels het exportbestand doorzoekt.'),
    export: z
      .object({
        producedAt: ZDateTime,
        expiresAt: ZDateTime.describe('Tot wanneer het bestand te downloaden is; daarna wordt het verwijderd.'),
        downloadedAt: ZDateTime.nullable(),
        removedAt: ZDateTime.nullable(),
        sha256: z.string().describe('SHA-256 van het versleutelde bestand (verzegeld).'),
      })
      .nullable(),
    abilities: z.object({ produceExport: z.boolean(), download: z.boolean() }),
  }),
);

export const ZSubjectAccessRequestList = named('SubjectAccessRequestList', z.object({ subjectAccessRequests: z.array(ZSubjectAccessRequest) }));

export const ZSubjectAccessExportReceipt = named(
  'SubjectAccessExportReceipt',
  z.object({
    oneTimeCode: z.string().describe('Eenmalige code die het bestand opent. Wordt alleen nu getoond en nergens bewaard.'),
    fileName: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string().describe('SHA-256 van het versleutelde bestand.'),
    expiresAt: ZDateTime,
  }),
);

export const ZSubjectAccessRequestParams = z.object({ requestId: ZUuid.describe('Id van het inzageverzoek.') });

export type TSubjectAccessRequestInput = z.infer<typeof ZSubjectAccessRequestInput>;
export type TSubjectAccessRequest = z.infer<typeof ZSubjectAccessRequest>;
