/**
 * The kinds of letter Ketentafel produces (X-6: letters as PDF), their placeholders and the default Dutch texts.
 * Sender details in the defaults are fictional (Voorbeeldstad, `.example`); a chain director replaces them per table.
 */

/** The kinds of letter, one per line. */
export const LETTER_KINDS = [
  'informing',
  'triage-outcome',
  'group-outcome',
  'triage-closed',
] as const;

export type LetterKind = (typeof LETTER_KINDS)[number];

/** Every placeholder a template may use, with what it becomes (shown next to the editor). */
export const LETTER_PLACEHOLDERS = {
  geadresseerden: 'Wie de brief krijgt: de jeugdige en/of de wettelijk vertegenwoordigers, naar leeftijd op de briefdatum (ZVT-1.4)',
  naam: 'Naam van de jeugdige',
  groep: 'Naam van de groep (groepsaanpak)',
  datum: 'Datum van de brief',
  kenmerk: 'Kenmerk van de casus',
  tafel: 'Naam van de Zorg- en Veiligheidstafel',
  gemeente: 'Gemeente van de tafel',
  aanmelder: 'De ketenpartner die heeft aangemeld',
  reden: 'Waarom is aangemeld (de reden van aanmelding, als die niet is geschrapt)',
  uitkomst: 'De uitkomst van de triage of het overleg groepsaanpak, in een zin',
  doel: 'Het doel van het casusoverleg (uit de triage)',
  "thema's": 'De gespreksthema’s: per deelnemer welke informatie die inbrengt (uit de triage)',
  deelnemers: 'De deelnemers aan het casusoverleg',
  regisseur: 'Naam van de ketenregisseur die de brief maakt',
  afzender: 'Ondertekening: de ketenregisseur namens de aanmelder, of de aanmelder zelf',
  rechten: 'De vaste alinea over de rechten van de betrokkene (AVG) en hoe de privacyfunctionaris te bereiken is',
} as const;

export type PlaceholderName = keyof typeof LETTER_PLACEHOLDERS;

/** One kind of letter: what it is for and which placeholders it may use. */
export interface LetterKindDefinition {
  readonly id: LetterKind;
  readonly label: string;
  readonly requirementId: string;
  /** The PDF's title and the file name's stem. */
  readonly title: string;
  readonly placeholders: readonly PlaceholderName[];
  /** Placeholders every template of this kind must use: the fixed rights paragraph. */
  readonly required: readonly PlaceholderName[];
  readonly defaultTemplate: string;
}

const HEADER = `Gemeente {{gemeente}} — Zorg- en Veiligheidstafel {{tafel}}
Postbus 1234, 9999 ZZ Voorbeeldstad
Telefoon 14 0999 · zvt@voorbeeldstad.example

Aan: {{geadresseerden}}
Datum: {{datum}}
Ons kenmerk: {{kenmerk}}`;

const CLOSING = `{{rechten}}

Met vriendelijke groet,

{{afzender}}`;

const INFORMING_TEMPLATE = `${HEADER}
Betreft: aanmelding bij de Zorg- en Veiligheidstafel

Beste {{geadresseerden}},

{{aanmelder}} heeft {{naam}} aangemeld bij de Zorg- en Veiligheidstafel {{tafel}}. Aan deze tafel werken organisaties voor zorg en veiligheid samen onder regie van de gemeente, als één organisatie een jongere en het gezin niet alleen goed kan helpen. Met deze brief vertellen wij u waarom, wat er nu gebeurt en wat uw rechten zijn.

Waarom deze aanmelding
{{reden}}

Wat er nu gebeurt
De ketenregisseur van de gemeente vraagt een aantal ketenpartners (bijvoorbeeld politie, jeugdhulp, jongerenwerk of leerplicht) of zij u kennen en of zij gegevens hebben die nodig zijn om een goede aanpak te kiezen. Dat heet een gegevensuitvraag. Zij geven alleen gegevens die voor dit doel nodig zijn, en alleen de ketenregisseur en {{aanmelder}} zien ze. Daarna wordt besloten of er een casusoverleg komt. Daarover krijgt u opnieuw bericht.

Toestemming
Is voor een deel van de gegevensuitvraag uw toestemming nodig, dan vragen wij u daar apart om.

${CLOSING}
`;

const TRIAGE_OUTCOME_TEMPLATE = `${HEADER}
Betreft: uitkomst van de voorbereiding (triage)

Beste {{geadresseerden}},

U heeft eerder bericht gehad over de aanmelding van {{naam}} bij de Zorg- en Veiligheidstafel {{tafel}}. De ketenregisseur heeft de aanmelding samen met {{aanmelder}} voorbereid. In deze brief leest u de uitkomst.

Uitkomst
{{uitkomst}}

Doel van het casusoverleg
{{doel}}

Wat besproken wordt
{{thema's}}

Wie deelnemen
{{deelnemers}}

${CLOSING}
`;

const GROUP_OUTCOME_TEMPLATE = `${HEADER}
Betreft: uitkomst van het overleg groepsaanpak

Beste {{geadresseerden}},

U wordt genoemd in de groepsscan van de groep {{groep}}. Het overleg groepsaanpak van de Zorg- en Veiligheidstafel {{tafel}} heeft die besproken. In deze brief leest u de uitkomst.

Uitkomst
{{uitkomst}}

Doel
{{doel}}

Wat besproken wordt
{{thema's}}

Wie deelnemen
{{deelnemers}}

${CLOSING}
`;

const TRIAGE_CLOSED_TEMPLATE = `${HEADER}
Betreft: uitkomst van de voorbereiding (triage): geen casusoverleg

Beste {{geadresseerden}},

U heeft eerder bericht gehad over de aanmelding van {{naam}} bij de Zorg- en Veiligheidstafel {{tafel}}. De ketenregisseur heeft de aanmelding samen met {{aanmelder}} voorbereid. In deze brief leest u de uitkomst.

Uitkomst
{{uitkomst}}

Wat er nu gebeurt
{{aanmelder}} neemt contact met u op over hoe het verder gaat. Er komt geen casusoverleg van de Zorg- en Veiligheidstafel.

Uw gegevens
De gegevens van deze aanmelding worden bij de Zorg- en Veiligheidstafel verwijderd zodra de uitkomst is vastgelegd. Alleen een telling zonder namen blijft bewaard. Wat {{aanmelder}} zelf over u heeft vastgelegd, vraagt u op bij {{aanmelder}}.

${CLOSING}
`;

const COMMON: readonly PlaceholderName[] = ['geadresseerden', 'datum', 'kenmerk', 'tafel', 'gemeente', 'regisseur', 'afzender', 'rechten'];

/** The kinds of letter with their placeholders and default texts. */
export const LETTER_KIND_DEFINITIONS: Readonly<Record<LetterKind, LetterKindDefinition>> = {
  informing: {
    id: 'informing',
    label: 'Informeren vóór de triage (fase 1 → 2A)',
    requirementId: 'ZVT-1.4',
    title: 'Brief informeren aanmelding',
    placeholders: [...COMMON, 'naam', 'aanmelder', 'reden'],
    required: ['rechten'],
    defaultTemplate: INFORMING_TEMPLATE,
  },
  'triage-outcome': {
    id: 'triage-outcome',
    label: 'Uitkomst van de triage',
    requirementId: 'ZVT-2A.5',
    title: 'Brief uitkomst triage',
    placeholders: [...COMMON, 'naam', 'aanmelder', 'uitkomst', 'doel', "thema's", 'deelnemers'],
    required: ['rechten'],
    defaultTemplate: TRIAGE_OUTCOME_TEMPLATE,
  },
  'group-outcome': {
    id: 'group-outcome',
    label: 'Uitkomst van het overleg groepsaanpak',
    requirementId: 'ZVT-2B.4',
    title: 'Brief uitkomst groepsaanpak',
    placeholders: [...COMMON, 'naam', 'groep', 'uitkomst', 'doel', "thema's", 'deelnemers'],
    required: ['rechten'],
    defaultTemplate: GROUP_OUTCOME_TEMPLATE,
  },
  'triage-closed': {
    id: 'triage-closed',
    label: 'Uitkomst van de triage: geen casusoverleg (vóór het vastleggen te maken)',
    requirementId: 'ZVT-2A.5',
    title: 'Brief uitkomst triage geen casusoverleg',
    placeholders: [...COMMON, 'naam', 'aanmelder', 'uitkomst'],
    required: ['rechten'],
    defaultTemplate: TRIAGE_CLOSED_TEMPLATE,
  },
};

/** The fictional default contact of the municipality's data protection officer, replaced per table. */
export const DEFAULT_PRIVACY_CONTACT = 'de functionaris gegevensbescherming van de gemeente, Postbus 1234, 9999 ZZ Voorbeeldstad, privacy@voorbeeldstad.example';

/** Version of the fixed rights paragraph; part of every template's version hash. */
export const RIGHTS_PARAGRAPH_VERSION = 1;

/**
 * The fixed rights paragraph (`{{rechten}}`): the AVG rights of access, rectification, objection and complaint
 * to the Autoriteit Persoonsgegevens, and how to reach the municipality's data protection officer. A chain
 * director sets only the contact; the rights themselves are not editable.
 */
export function rightsParagraph(privacyContact: string): string {
  return [
    'Uw rechten',
    'U mag altijd vragen welke gegevens over u zijn vastgelegd, door wie en waarvoor, en wie ze heeft ingezien (recht op inzage, artikel 15 AVG). Kloppen gegevens niet of zijn ze onvolledig, dan kunt u vragen ze te verbeteren of aan te vullen (recht op rectificatie, artikel 16 AVG). U kunt bezwaar maken tegen het gebruik van uw gegevens vanwege uw persoonlijke situatie (recht van bezwaar, artikel 21 AVG).',
    `Voor vragen, of om een van deze rechten te gebruiken, neemt u contact op met ${privacyContact.trim()}.`,
    'Bent u het niet eens met hoe uw gegevens worden gebruikt, dan kunt u een klacht indienen bij de Autoriteit Persoonsgegevens (www.autoriteitpersoonsgegevens.nl).',
  ].join('\n');
}

/** ZVT-2A.5: the triage outcomes that leave a case to write about, as one sentence for `{{uitkomst}}`. */
export const TRIAGE_OUTCOME_SENTENCES: Readonly<Record<string, string>> = {
  'to-case-meeting': 'De aanmelding wordt besproken in een casusoverleg van de Zorg- en Veiligheidstafel.',
  'doubt-focus-meeting': 'Eerst wordt in een focusoverleg met een aantal ketenpartners bekeken of een gezamenlijke aanpak zinvol is. Daarna hoort u de uitkomst.',
  'focus-to-case-meeting': 'Het focusoverleg vond een gezamenlijke aanpak zinvol. De aanmelding wordt besproken in een casusoverleg van de Zorg- en Veiligheidstafel.',
};

/**
 * ZVT-2A.5 with ZVT-2A.4: the outcomes that end the case and delete it at once, as one sentence for `{{uitkomst}}` of
 * the letter made before the outcome is recorded (afterwards nothing of the case is left to make it from).
 */
export const TRIAGE_CLOSED_SENTENCES: Readonly<Record<string, string>> = {
  'not-to-case-meeting': 'De aanmelding gaat niet door naar het casusoverleg van de Zorg- en Veiligheidstafel: een gezamenlijke aanpak van de partners is niet nodig.',
  'focus-not-to-case-meeting': 'In het focusoverleg is besloten dat een gezamenlijke aanpak niet nodig is. De aanmelding gaat niet door naar het casusoverleg van de Zorg- en Veiligheidstafel.',
};

/** Is `kind` one of {@link LETTER_KINDS}? */
export function isLetterKind(kind: string): kind is LetterKind {
  return (LETTER_KINDS as readonly string[]).includes(kind);
}

/** Who sends a letter (ZVT-2A.5): the chain director on behalf of the referrer, or the referrer itself. */
export type LetterSender = 'chain-director-for-referrer' | 'referrer';

/** Dutch labels of the senders. */
export const LETTER_SENDER_LABELS: Readonly<Record<LetterSender, string>> = {
  'chain-director-for-referrer': 'De ketenregisseur, namens de aanmelder',
  referrer: 'De aanmelder zelf',
};

/** How a letter was sent. */
export const LETTER_CHANNELS = ['post', 'email', 'handed-over'] as const;
export type LetterChannel = (typeof LETTER_CHANNELS)[number];
export const LETTER_CHANNEL_LABELS: Readonly<Record<LetterChannel, string>> = {
  post: 'Per post',
  email: 'Per e-mail',
  'handed-over': 'Persoonlijk overhandigd',
};

/** `{{afzender}}`: the signature, naming on whose behalf the chain director writes. */
export function letterSignature(input: { sender: LetterSender; userName: string; organisationName: string; tableName: string; referrerName: string }): string {
  return input.sender === 'referrer'
    ? `${input.userName}\n${input.referrerName}`
    : `${input.userName}\nKetenregisseur Zorg- en Veiligheidstafel ${input.tableName}\n${input.organisationName}, namens ${input.referrerName}`;
}
