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

/** The ids of the register; one per line, so adding an activity is a one-line change. */
export const PROCESSING_ACTIVITY_IDS = [
  'zvt-registration',
  'zvt-admission',
  'zvt-informing',
  'zvt-triage',
  'zvt-data-sharing',
  'user-administration',
  'authentication',
  'privacy-supervision',
  'retention',
  'zvt-case-direction',
  'avg-art15',
  'zvt-meetings',
  'zvt-steering-group',
  'zvt-evaluation',
  'zvt-group-approach',
  'zvt-letters',
  'zvt-chain-direction',
] as const;

export type ProcessingActivityId = (typeof PROCESSING_ACTIVITY_IDS)[number];

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
    purpose: 'Gerichte gegevensuitvraag bij ketenpartners, triagevastlegging, dataminimalisatie (schrappen), hertoetsing en uitkomst ter voorbereiding van het casusoverleg (ZVT-1.3, ZVT-2A.2–2A.4).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)', 'zorggegevens', 'gezondheidsgegevens', 'strafrechtelijke gegevens', 'overige gegevens (antwoorden van partners, toestandsbeeld)'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['ketenregisseur', 'aanmelder', 'bevraagde ketenpartner'],
    retention: 'Als de casus.',
  },
  'zvt-data-sharing': {
    id: 'zvt-data-sharing',
    name: 'Delen van bijdragen tussen ketenpartners (zeggenschap)',
    purpose: 'Een ketenpartner geeft zijn bijdrage vrij aan een andere partner voor een benoemde activiteit van het plan van aanpak, of trekt die vrijgave in; een betrokken partner vraagt de eigenaar om een bijdrage, die inwilligt of met reden weigert (ZVT-2A.3, ZVT-3A.3, seed 000 voetnoot 4).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)', 'zorggegevens', 'gezondheidsgegevens', 'strafrechtelijke gegevens'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['de ketenpartner aan wie is vrijgegeven'],
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
  'privacy-supervision': {
    id: 'privacy-supervision',
    name: 'Toezicht op de verwerking (functionaris gegevensbescherming)',
    purpose: 'Nagaan wie welke persoonsgegevens heeft verwerkt, en of het log ongeschonden is (X-1; AVG art. 5 lid 2, art. 38–39).',
    legalGround: 'AVG art. 6 lid 1 sub c en e, art. 32 en art. 39 lid 1 sub b (toezicht op naleving)',
    dataCategories: ['logregels (wie, wanneer, welke handeling, welk doel)', 'naam en geboortedatum betrokkene als zoekvraag'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers', 'medewerkers van ketenpartners'],
    recipients: ['functionaris gegevensbescherming'],
    retention: 'Zolang de logregels worden bewaard.',
  },
  retention: {
    id: 'retention',
    name: 'Bewaartermijnen toepassen en verwijderen (X-4, ZVT-4A)',
    purpose: 'Casussen inactief maken en verwijderen volgens de bewaarregels van het werkproces; afwijkingen (ZVT-4A.2) en juridische blokkades vastleggen.',
    legalGround: 'AVG art. 5 lid 1 sub e (opslagbeperking) en art. 17; convenant Zorg- en Veiligheidstafel Jeugd (ZVT-4A)',
    dataCategories: ['identificerende gegevens (DAT)', 'alle bijdragen van de casus (bij verwijderen)', 'motivering afwijking of blokkade'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['niemand (verwijderen); ketenregisseur en functionaris gegevensbescherming (blokkades)'],
    retention: 'Na verwijderen blijven alleen tellingen en een verwijderlog zonder persoonsgegevens.',
  },
  'zvt-case-direction': {
    id: 'zvt-case-direction',
    name: 'Regie over de casus (ZVT-3A.2)',
    purpose: 'Vastleggen welke ketenpartner de regie over een casus heeft, en de overdracht ervan zoals in het casusoverleg afgesproken; die partner besluit over afwijken van de bewaartermijn (ZVT-4A.2).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (DAT)', 'motivering van de overdracht'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['ketenregisseur', 'aanmelder', 'de ketenpartner met de regie'],
    retention: 'Als de casus.',
  },
  'avg-art15': {
    id: 'avg-art15',
    name: 'Recht op inzage van de betrokkene (AVG art. 15, X-3)',
    purpose: 'Een inzageverzoek vastleggen en beantwoorden met een verzegeld, versleuteld exportbestand van alles wat over de betrokkene is vastgelegd, inclusief wie het heeft ingezien.',
    legalGround: 'AVG art. 6 lid 1 sub c (wettelijke verplichting) jo. art. 12 en 15',
    dataCategories: [
      'naam en geboortedatum betrokkene als zoekvraag',
      'alle gegevens van de casussen van de betrokkene (in het versleutelde bestand)',
      'logregels over de betrokkene (organisatie, rol, handeling, tijdstip)',
    ],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers (als gegevens in de casus)'],
    recipients: ['de betrokkene (via het versleutelde bestand en een eenmalige code)', 'functionaris gegevensbescherming en ketenregisseur (alleen het verzoek, nooit de inhoud)'],
    retention: 'Exportbestand: verwijderd na de downloadtermijn (standaard 30 dagen). Het verzoek zelf: als verantwoording (AVG art. 5 lid 2), zolang de logregels worden bewaard.',
  },
  'zvt-meetings': {
    id: 'zvt-meetings',
    name: 'Overleggen plannen en agenderen (focusoverleg, kerngroep, casusoverleg)',
    purpose:
      'Overleggen van de tafel plannen, casussen die volgens de procedure in aanmerking komen agenderen en per agendapunt de ketenpartners uitnodigen (ZVT-2A.4, ZVT-2B.1, ZVT-3A.1). Een partner ziet alleen de agendapunten waarvoor hij is uitgenodigd.',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens (naam jeugdige of groep, kenmerk)', 'doel van de bespreking'],
    dataSubjects: ['jeugdige'],
    recipients: ['ketenregisseur', 'per agendapunt uitgenodigde ketenpartners'],
    retention: 'Agendapunten en uitnodigingen als de casus; overlegdata en agenda-export (iCalendar) bevatten geen persoonsgegevens.',
  },
  'zvt-steering-group': {
    id: 'zvt-steering-group',
    name: 'Opschalen naar de stuurgroep en beleidssignalen (ZVT-E.1)',
    purpose:
      'Een vastgelopen procesmatige zaak van een casus gepseudonimiseerd voorleggen aan de bestuurlijke stuurgroep (burgemeester en wethouder) en het besluit vastleggen; beleidssignalen van de tafel vastleggen zonder persoonsgegevens.',
    legalGround: 'AVG art. 6 lid 1 sub e jo. Gemeentewet art. 172 en Jeugdwet art. 7.4.0; convenant Zorg- en Veiligheidstafel Jeugd',
    dataCategories: ['casuskenmerk met een gepseudonimiseerde samenvatting (geen naam, geboortedatum of adres)', 'besluit van de stuurgroep', 'beleidssignaal zonder persoonsgegevens'],
    dataSubjects: ['jeugdige (gepseudonimiseerd)'],
    recipients: ['ketenregisseur', 'burgemeester en wethouder (stuurgroep), buiten Ketentafel'],
    retention: 'Opschaling: als de casus. Beleidssignaal: bevat geen persoonsgegevens.',
  },
  'zvt-evaluation': {
    id: 'zvt-evaluation',
    name: 'Evaluatie van de tafel (ZVT-E.2, X-5)',
    purpose: 'Jaarlijkse evaluatie van de tafel uit niet tot personen herleidbare cijfers; kleine aantallen worden onderdrukt in alles wat de tafel verlaat.',
    legalGround: 'AVG art. 6 lid 1 sub e en art. 89 (statistiek); convenant Zorg- en Veiligheidstafel Jeugd (evaluatie)',
    dataCategories: ['tellingen en doorlooptijden per tafel, jaar en fase (geen persoonsgegevens)'],
    dataSubjects: ['geen (geaggregeerd)'],
    recipients: ['ketenregisseur', 'gemeenteraad en stuurgroep (export, met onderdrukking)'],
    retention: 'Tellingen blijven; ze zijn niet tot personen herleidbaar.',
  },
  'zvt-group-approach': {
    id: 'zvt-group-approach',
    name: 'Groepsaanpak (ZVT fase 2B)',
    purpose:
      'Een groepsscan van de politie registreren, in de kerngroep verrijken tot een integraal groepsbeeld, de uitkomst en het concept plan van aanpak vastleggen, het besluit van burgemeester en wethouder of de driehoek vastleggen (met zo nodig individuele aanmelding van groepsleden) en de groepsleden informeren (ZVT-2B.1–2B.4).',
    legalGround: PUBLIC_TASK,
    dataCategories: ['identificerende gegevens groepsleden (naam, geboortedatum)', 'groepsscan van de politie (strafrechtelijke gegevens)', 'groepsbeeld, concept plan van aanpak en besluiten'],
    dataSubjects: ['groepsleden in de groepsscan'],
    recipients: ['ketenregisseur', 'politie (aanmelder)', 'kerngroep: jongerenwerk, jeugdhulp (Voor Ieder 1), politie en op verzoek andere ketenpartners; de groepsscan alleen na vrijgave door de politie'],
    retention: 'Geen groepsaanpak of niet vastgesteld: direct verwijderd. Vastgesteld: gefaseerd, inactief na 6 en verwijderd na 12 maanden na het besluit (ADR 0017).',
  },
  'zvt-letters': {
    id: 'zvt-letters',
    name: 'Brieven aan betrokkenen (ZVT-1.4, ZVT-2A.5, ZVT-2B.4, X-6)',
    purpose: 'Brieven maken en de verzending vastleggen: informeren vóór de triage, de uitkomst van de triage en van de groepsaanpak, met de rechten van de betrokkene.',
    legalGround: 'AVG art. 12–14; convenant Zorg- en Veiligheidstafel Jeugd',
    dataCategories: ['identificerende gegevens (DAT)', 'reden van aanmelding', 'doel, thema’s en deelnemers van het casusoverleg (uit de triage)'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers'],
    recipients: ['ketenregisseur', 'aanmelder', 'de betrokkene zelf (de brief)'],
    retention: 'De brief wordt niet bewaard; de vastlegging van de verzending (soort, sjabloonversie, data, kanaal, afzender) als de casus.',
  },
  'zvt-chain-direction': {
    id: 'zvt-chain-direction',
    name: 'Ketenregie: werkvoorraad van de ketenregisseur (ZVT-1.2, ZVT-1.4, ZVT-2A.2, ZVT-3A.1, ZVT-4A.2)',
    purpose:
      'De ketenregisseur bewaakt het werkproces over alle casussen van zijn tafels: wat nu om hem vraagt (te toetsen aanmeldingen, uitvragen over de termijn, te informeren betrokkenen, het volgende overleg, afwijkingen van de bewaartermijn die opnieuw te beoordelen zijn), zodat termijnen worden gehaald en niets blijft liggen.',
    legalGround: PUBLIC_TASK,
    dataCategories: ['casuskenmerk en tafel (geen naam of geboortedatum)', 'fase en termijnen (datum aanmelding, uitvraagtermijn, gepland informeren, herbeoordeling)', 'naam van de bevraagde ketenpartner', 'overlegdatum en aantal agendapunten'],
    dataSubjects: ['jeugdige', 'wettelijk vertegenwoordigers (via de informeertaak)'],
    recipients: ['ketenregisseur van de tafel'],
    retention: 'De werkvoorraad wordt niet bewaard: hij wordt bij elke lezing afgeleid uit de casussen (die hun eigen bewaartermijn volgen). Alleen de logregel blijft, zolang de logregels worden bewaard.',
  },
};
