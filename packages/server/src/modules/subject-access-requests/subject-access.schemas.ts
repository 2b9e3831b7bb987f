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
    about: z
      .enum(['young-person', 'legal-representative'], { error: 'Kies over wiens gegevens het verzoek gaat.' })
      .optional()
      .describe('Over wiens gegevens het verzoek gaat: die van de jeugdige (standaard) of de eigen gegevens van een wettelijk vertegenwoordiger (ADR 0022).'),
    representativeName: z
      .string()
      .trim()
      .max(200, { error: 'Naam van de vertegenwoordiger: hoogstens 200 tekens.' })
      .optional()
      .describe('Volledige naam van de wettelijk vertegenwoordiger wiens eigen gegevens worden gevraagd (verplicht als `about` legal-representative is); de jeugdige identificeert hem of haar.'),
  }),
);

const ZAbout = z.enum(['young-person', 'legal-representative']);

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
    about: ZAbout.describe('Over wiens gegevens het verzoek gaat.'),
    representativeName: z.string().nullable().describe('De naam van de wettelijk vertegenwoordiger als het verzoek over diens eigen gegevens gaat.'),
    deadlineOn: ZIsoDate.describe('Uiterste antwoorddatum: één kalendermaand na ontvangst (AVG art. 12 lid 3).'),
    currentDeadlineOn: ZIsoDate.describe('De geldende uiterste antwoorddatum: de verlengde als de termijn is verlengd.'),
    extension: z
      .object({
        months: z.number().int().describe('Met hoeveel maanden verlengd (1 of 2).'),
        extendedDeadlineOn: ZIsoDate,
        motivation: z.string(),
        decidedOn: ZIsoDate,
        requesterInformedOn: ZIsoDate.describe('Wanneer de verzoeker over de verlenging en de redenen is geïnformeerd.'),
      })
      .nullable()
      .describe('De verlenging van de termijn (AVG art. 12 lid 3), als die is besloten.'),
    matching: z
      .object({
        candidates: z.number().int().describe('Hoeveel personen of casussen bij de gegevens van het verzoek passen.'),
        confirmationNeeded: z.boolean().describe('Meer dan één treffer en nog niet bevestigd welke van de verzoeker zijn: geen exportbestand tot dat is bevestigd.'),
        confirmedAt: ZDateTime.nullable(),
        basis: z.string().nullable().describe('Waarmee is vastgesteld welke treffers van de verzoeker zijn.'),
      })
      .describe('Of het verzoek eenduidig is (ADR 0022). Zonder casusinhoud.'),
    overdue: z.boolean().describe('Nog geen exportbestand gemaakt en de geldende termijn is verstreken.'),
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
    abilities: z.object({ produceExport: z.boolean(), download: z.boolean(), confirmMatches: z.boolean(), extend: z.boolean() }),
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

export const ZSubjectAccessMatchList = named(
  'SubjectAccessMatchList',
  z.object({
    confirmationNeeded: z.boolean(),
    candidates: z
      .array(
        z.object({
          matchId: ZUuid.describe('Id van de treffer (om te bevestigen).'),
          kind: z.enum(['case', 'group', 'representative']).describe('Casus, groep, of vastgelegd als wettelijk vertegenwoordiger in een casus.'),
          table: z.string().describe('De tafel.'),
          tableMunicipality: z.string(),
          registeredMonth: z.string().describe('Maand van aanmelding (JJJJ-MM).'),
          municipality: z.string().nullable().describe('Woonplaats (gemeente) van de jeugdige zoals vastgelegd; leeg bij een groepslid.'),
          relation: z.string().nullable().describe('Bij een vertegenwoordiger: ouder, voogd of anders.'),
          belongs: z.boolean().nullable().describe('De vastgelegde beslissing: van de verzoeker, niet van de verzoeker, of nog niet beslist.'),
        }),
      )
      .describe('Alleen identificerende gegevens zonder casusinhoud, en alleen als er meer dan één treffer is.'),
  }),
);

export const ZSubjectAccessMatchConfirmation = named(
  'SubjectAccessMatchConfirmation',
  z.object({
    decisions: z
      .array(z.object({ matchId: ZUuid, belongs: z.boolean({ error: 'Kies per treffer of die van de verzoeker is.' }) }))
      .min(1, { error: 'Beslis per treffer of die van de verzoeker is.' })
      .max(200),
    basis: z
      .string()
      .trim()
      .min(10, { error: 'Vermeld waarmee is vastgesteld welke treffers van de verzoeker zijn (minstens 10 tekens).' })
      .max(500, { error: 'Hoogstens 500 tekens.' })
      .describe('Waarmee is vastgesteld welke treffers van de verzoeker zijn, bijvoorbeeld de woonplaats die de verzoeker op navraag opgaf (AVG art. 12 lid 6).'),
  }),
);

export const ZSubjectAccessExtensionInput = named(
  'SubjectAccessExtensionInput',
  z.object({
    extensionMonths: z.number({ error: 'Kies één of twee maanden.' }).int({ error: 'Kies één of twee maanden.' }).describe('Met hoeveel maanden de termijn wordt verlengd: 1 of 2 (AVG art. 12 lid 3).'),
    motivation: z.string({ error: 'Vul de reden van de verlenging in.' }).trim().min(1, { error: 'Vul de reden van de verlenging in.' }).max(2000, { error: 'Hoogstens 2000 tekens.' }).describe('Waarom verlenging nodig is (complexiteit of aantal verzoeken).'),
    requesterInformedOn: ZIsoDate.describe('Datum waarop de verzoeker over de verlenging en de redenen is geïnformeerd (binnen de eerste maand).'),
  }),
);

export const ZSubjectAccessRequestParams = z.object({ requestId: ZUuid.describe('Id van het inzageverzoek.') });

export type TSubjectAccessRequestInput = z.infer<typeof ZSubjectAccessRequestInput>;
export type TSubjectAccessRequest = z.infer<typeof ZSubjectAccessRequest>;
export type TSubjectAccessMatchConfirmation = z.infer<typeof ZSubjectAccessMatchConfirmation>;
export type TSubjectAccessExtensionInput = z.infer<typeof ZSubjectAccessExtensionInput>;
