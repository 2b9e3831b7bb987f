/**
 * Register of processing activities (AVG art. 30) as configuration. Every processing-log record names
 * one of these ids; the privacy officer reviews this list next to the covenant.
 */
export interface ProcessingActivity {
  readonly id: ProcessingActivityId;
  readonly name: string;
  readonly purpose: string;
  readonly legalGround: string;
  readonly dataCategories: readonly string[];
  readonly dataSubjects: readonly string[];
  readonly recipients: readonly string[];
  readonly retention: string;
}

export type ProcessingActivityId =
  | 'zvt-registration'
  | 'zvt-admission'
  | 'zvt-informing'
  | 'zvt-triage'
  | 'user-administration'
  | 'authentication';

const PUBLIC_TASK =
  'AVG art. 6 lid 1 sub e (taak van algemeen belang) jo. Jeugdwet art. 7.4.0 en Gemeentewet art. 172; ' +
  'bijzondere en strafrechtelijke gegevens: AVG art. 9 lid 2 sub g en art. 10, UAVG art. 30–33; convenant Zorg- en Veiligheidstafel Jeugd';

export const PROCESSING_ACTIVITIES: Readonly<Record<ProcessingActivityId, ProcessingActivity>> = {
  'zvt-registration': {
    id: 'zvt-registration',
    name: 'Aanmelding casus (ZVT fase 1)',
    purpose: 'Bepalen of een casus op de Zorg- en Veiligheidstafel behandeld moet worden (ZVT-1.1).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)', 'zorggegevens (criteria)', 'strafrechtelijke gegevens (criteria)'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['ketenregisseur', 'aanmelder'],
    retention: 'Niet toegelaten: direct verwijderd na advies. Anders volgens het werkproces (ZVT-4A).',
  },
  'zvt-admission': {
    id: 'zvt-admission',
    name: 'Toetsing toelatingscriteria (ZVT fase 1)',
    purpose: 'Toetsen van de aanmelding aan de criteria en besluiten over toelating (ZVT-1.2, ZVT-1.3).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)', 'zorggegevens (criteria)', 'strafrechtelijke gegevens (criteria)'],
    dataSubjects: ['jeugdige'],
    recipients: ['ketenregisseur', 'aanmelder'],
    retention: 'Als de casus.',
  },
  'zvt-informing': {
    id: 'zvt-informing',
    name: 'Informeren betrokkenen (ZVT-1.4)',
    purpose: 'Informeren van de jeugdige en/of wettelijk vertegenwoordigers over de verwerking en hun rechten.',
    legalGround: 'AVG art. 13 en 14; convenant Zorg- en Veiligheidstafel Jeugd',
    dataCategories: ['identificerende gegevens (DAT)', 'contactgegevens wettelijk vertegenwoordigers'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['aanmelder', 'ketenregisseur'],
    retention: 'Als de casus.',
  },
  'zvt-triage': {
    id: 'zvt-triage',
    name: 'Triage en voorbereiding casusoverleg (ZVT fase 2A)',
    purpose: 'Gerichte gegevensuitvraag bij ketenpartners ter voorbereiding van het casusoverleg (ZVT-2A.2).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)'],
    dataSubjects: ['jeugdige'],
    recipients: ['ketenregisseur', 'aanmelder', 'bevraagde ketenpartner'],
    retention: 'Als de casus.',
  },
  'user-administration': {
    id: 'user-administration',
    name: 'Beheer van organisaties, tafels en gebruikers',
    purpose: 'Toegang tot Ketentafel beheren.',
    legalGround: 'AVG art. 6 lid 1 sub e; uitvoering convenant',
    dataCategories: ['naam en e-mailadres medewerker', 'rol', 'organisatie'],
    dataSubjects: ['medewerkers van ketenpartners'],
    recipients: ['applicatiebeheerder'],
    retention: 'Tot het account wordt opgeheven.',
  },
  authentication: {
    id: 'authentication',
    name: 'Inloggen',
    purpose: 'Vaststellen wie Ketentafel gebruikt.',
    legalGround: 'AVG art. 6 lid 1 sub e en art. 32 (beveiliging)',
    dataCategories: ['gebruikersidentiteit', 'inlogmoment'],
    dataSubjects: ['medewerkers van ketenpartners'],
    recipients: ['functionaris gegevensbescherming'],
    retention: 'Zolang de logregels worden bewaard.',
  },
};
