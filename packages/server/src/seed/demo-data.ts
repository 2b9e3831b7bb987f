/**
 * Fictional demo data: HLTsamen with three Zorg- en Veiligheidstafels. Every person here is invented;
 * nothing is taken from the seed documents.
 */
export const DEMO_ORGANISATIONS = [
  { key: 'hltsamen', name: 'HLTsamen', kind: 'municipality' },
  { key: 'police', name: 'Politie basisteam Bollenstreek', kind: 'police' },
  { key: 'youthCare', name: 'Jeugdhulp Duin- en Bollenstreek', kind: 'youth-care' },
  { key: 'youthWork', name: 'Jongerenwerk Bollenstreek', kind: 'youth-work' },
  { key: 'voorIeder1', name: 'Stichting Voor Ieder 1', kind: 'youth-care' },
  { key: 'attendance', name: 'Leerplicht en RMC Holland Rijnland', kind: 'school-attendance' },
  { key: 'prosecutor', name: 'Openbaar Ministerie', kind: 'public-prosecutor' },
  { key: 'socialTeam', name: 'Sociaal team', kind: 'social-team' },
] as const;

export type DemoOrganisationKey = (typeof DEMO_ORGANISATIONS)[number]['key'];

export const DEMO_TABLES = [
  { key: 'HIL', name: 'Zorg- en Veiligheidstafel Hillegom', municipality: 'Hillegom' },
  { key: 'LIS', name: 'Zorg- en Veiligheidstafel Lisse', municipality: 'Lisse' },
  { key: 'TEY', name: 'Zorg- en Veiligheidstafel Teylingen', municipality: 'Teylingen' },
] as const;

export type DemoTableKey = (typeof DEMO_TABLES)[number]['key'];

export const DEMO_TERM = { start: '2026-01-01', end: '2027-12-31' } as const;

export const DEMO_USERS: readonly {
  email: string;
  displayName: string;
  organisation: DemoOrganisationKey;
  role: 'chain-director' | 'partner-professional' | 'privacy-officer' | 'application-administrator';
  tables: readonly DemoTableKey[];
}[] = [
  { email: 'ketenregisseur@hltsamen.example', displayName: 'Sanne Verhoef', organisation: 'hltsamen', role: 'chain-director', tables: ['HIL', 'LIS', 'TEY'] },
  { email: 'wijkagent@politie.example', displayName: 'Mehmet Aydın', organisation: 'police', role: 'partner-professional', tables: ['HIL', 'LIS', 'TEY'] },
  { email: 'jeugdhulp@jeugdhulp.example', displayName: 'Anouk Brinkman', organisation: 'youthCare', role: 'partner-professional', tables: ['HIL', 'LIS', 'TEY'] },
  { email: 'jongerenwerker@jongerenwerk.example', displayName: 'Thijs Koopman', organisation: 'youthWork', role: 'partner-professional', tables: ['HIL'] },
  { email: 'leerplicht@rmc.example', displayName: 'Fatima El Idrissi', organisation: 'attendance', role: 'partner-professional', tables: ['LIS', 'TEY'] },
  { email: 'privacy@hltsamen.example', displayName: 'Ingrid Holleman', organisation: 'hltsamen', role: 'privacy-officer', tables: [] },
  { email: 'beheer@hltsamen.example', displayName: 'Ruud Zandbergen', organisation: 'hltsamen', role: 'application-administrator', tables: [] },
];

/** The criteria facts of a young person causing nuisance in a group, where care and safety must work together. */
const NUISANCE_IN_A_GROUP = {
  adolescentCriminalLaw: 'no',
  youthCareContinuedAfter18: 'no',
  youthCareDecidedBefore18: 'no',
  youthCareResumptionWithinHalfYear: 'no',
  partOfYouthNetwork: 'yes',
  areaSafetyProblem: 'yes',
  careSafetyCooperationNeeded: 'yes',
  planBeyondReferrerNeeded: 'yes',
} as const;

/** Invented young people for the demo registrations. */
export const DEMO_REGISTRATIONS = [
  {
    referrer: 'wijkagent@politie.example',
    table: 'HIL',
    subject: { fullName: 'Jesse van Dalen', birthDate: '2010-03-14', municipality: 'Hillegom' },
    legalRepresentatives: [{ fullName: 'Marloes van Dalen', relation: 'parent', contact: '06-00000001' }],
    reason: 'Herhaaldelijk betrokken bij overlast rond het winkelcentrum, in groepsverband.',
    facts: NUISANCE_IN_A_GROUP,
  },
  {
    referrer: 'jeugdhulp@jeugdhulp.example',
    table: 'LIS',
    subject: { fullName: 'Noa Willems', birthDate: '2007-09-02', municipality: 'Lisse' },
    legalRepresentatives: [],
    reason: 'Jeugdhulp loopt door na 18; signalen van betrokkenheid bij overlast in de wijk.',
    facts: {
      adolescentCriminalLaw: 'unknown',
      youthCareContinuedAfter18: 'yes',
      youthCareDecidedBefore18: 'yes',
      youthCareResumptionWithinHalfYear: 'no',
      partOfYouthNetwork: 'unknown',
      areaSafetyProblem: 'unknown',
      careSafetyCooperationNeeded: 'yes',
      planBeyondReferrerNeeded: 'unknown',
    },
  },
  {
    referrer: 'wijkagent@politie.example',
    table: 'HIL',
    subject: { fullName: 'Daan Kuipers', birthDate: '2009-06-21', municipality: 'Hillegom' },
    legalRepresentatives: [{ fullName: 'Ilse Kuipers', relation: 'parent', contact: '06-00000002' }],
    reason: 'Vernielingen en intimidatie bij de sporthal, samen met oudere jongeren uit de wijk.',
    facts: NUISANCE_IN_A_GROUP,
  },
  {
    referrer: 'wijkagent@politie.example',
    table: 'HIL',
    subject: { fullName: 'Lotte Vermeulen', birthDate: '2010-02-11', municipality: 'Hillegom' },
    legalRepresentatives: [{ fullName: 'Peter Vermeulen', relation: 'parent', contact: '06-00000003' }],
    reason: 'Betrokken bij winkeldiefstallen in groepsverband; thuis en op school loopt het vast.',
    facts: NUISANCE_IN_A_GROUP,
  },
  {
    referrer: 'wijkagent@politie.example',
    table: 'HIL',
    subject: { fullName: 'Daan Hoekstra', birthDate: '2009-06-21', municipality: 'Hillegom' },
    legalRepresentatives: [{ fullName: 'Petra Hoekstra', relation: 'parent', contact: '06-00000002' }],
    reason: 'Betrokken bij vernielingen en intimidatie bij de skatebaan, in groepsverband; schoolverzuim.',
    facts: NUISANCE_IN_A_GROUP,
  },
] as const;

/**
 * Demo cases further along than registration, so the direction (ZVT-3A.2) and retention (ZVT-4A) sections can
 * be shown. Admission, triage, the case meeting and scale-down are set directly after the (real) registration,
 * as months before the day the demo is loaded; the services for the case meeting follow with issue 4.
 */
export const DEMO_CASE_PROGRESS: readonly {
  subject: string;
  phase: '3A' | '4A';
  registeredMonthsAgo: number;
  /** ZVT-3A.2: direction passed in the case meeting to this partner, this many months ago. */
  directionTransfer?: { to: DemoOrganisationKey; monthsAgo: number; motivation: string };
  /** ZVT-4A.1: the scale-down decision, this many months ago. */
  scaleDownMonthsAgo?: number;
}[] = [
  { subject: 'Daan Kuipers', phase: '3A', registeredMonthsAgo: 2 },
  // Ready for the case meeting: what the meetings demo puts on an agenda.
  { subject: 'Daan Hoekstra', phase: '3A', registeredMonthsAgo: 1 },
  {
    subject: 'Lotte Vermeulen',
    phase: '4A',
    registeredMonthsAgo: 5,
    directionTransfer: { to: 'youthCare', monthsAgo: 3, motivation: 'In het casusoverleg afgesproken: jeugdhulp begeleidt het gezin en voert de regie over het plan.' },
    scaleDownMonthsAgo: 1,
  },
];


/** One invented youth group from a police group scan (ZVT-2B), admitted to the group approach; fictional names only. */
export const DEMO_GROUP = {
  referrer: 'wijkagent@politie.example',
  table: 'HIL',
  name: 'Groep Hoofdstraat',
  area: 'Hoofdstraat en stationsomgeving, Hillegom',
  reason: 'Groepsscan: structurele overlast en intimidatie rond de Hoofdstraat in de avonduren.',
  members: [
    { fullName: 'Sem de Groot', birthDate: '2009-04-18' },
    { fullName: 'Milan Bosman', birthDate: '2010-01-07' },
    { fullName: 'Yara Smits', birthDate: '2009-11-23' },
  ],
  scanFileName: 'groepsscan-hoofdstraat.pdf',
} as const;

/**
 * A young person in triage (2A) at Lisse on the day the demo is loaded: admitted and informed, with a partner query
 * that youth care answered (and shared) and one to school attendance that is still open. Fictional.
 */
export const DEMO_TRIAGE_CASE = {
  referrer: 'wijkagent@politie.example',
  table: 'LIS',
  subject: { fullName: 'Bram Dekker', birthDate: '2011-05-09', municipality: 'Lisse' },
  legalRepresentatives: [{ fullName: 'Wendy Dekker', relation: 'parent', contact: '06-00000004' }],
  reason: 'Meerdere keren aangehouden bij vernielingen rond het busstation, in wisselende groepjes; thuis weinig toezicht.',
  facts: NUISANCE_IN_A_GROUP,
  queries: [
    {
      organisation: 'youthCare',
      question: 'Kent u deze jeugdige, heeft u relevante gegevens en wilt u die delen voor een integrale aanpak?',
      deadlineInDays: 7,
      answer: {
        by: 'jeugdhulp@jeugdhulp.example',
        input: {
          knowsSubject: true,
          holdsRelevantData: true,
          willingToShare: true,
          content: { category: 'care' as const, text: 'Het gezin had tot vorig jaar ambulante gezinsbegeleiding; die is gestopt na een verhuizing.' },
        },
      },
    },
    {
      organisation: 'attendance',
      question: 'Kent u deze jeugdige, is er sprake van verzuim en wilt u delen wat relevant is voor een integrale aanpak?',
      deadlineInDays: 5,
      answer: null,
    },
  ],
} as const;

/** Meeting series at Hillegom that start after the demo is loaded; the first case meeting has a case on its agenda. */
export const DEMO_UPCOMING_MEETINGS: readonly {
  table: DemoTableKey;
  kind: 'focus' | 'case-meeting';
  firstInDays: number;
  startTime: string;
  durationMinutes: number;
  intervalWeeks: number;
  count: number;
  location: string;
  agenda: readonly { subject: string; goal: string; invite: readonly DemoOrganisationKey[] }[];
}[] = [
  { table: 'HIL', kind: 'focus', firstInDays: 4, startTime: '09:30', durationMinutes: 60, intervalWeeks: 2, count: 8, location: 'Gemeentehuis Hillegom, zaal 1', agenda: [] },
  {
    table: 'HIL',
    kind: 'case-meeting',
    firstInDays: 10,
    startTime: '13:30',
    durationMinutes: 120,
    intervalWeeks: 3,
    count: 6,
    location: 'Gemeentehuis Hillegom, zaal 2',
    agenda: [{ subject: 'Daan Kuipers', goal: 'Gezamenlijk beeld van de situatie rond de sporthal en afspraken over begeleiding.', invite: ['police', 'youthCare'] }],
  },
];
