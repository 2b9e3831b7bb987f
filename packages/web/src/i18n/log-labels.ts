/** Dutch names of logged actions and record types, for the privacy officer's screens. Unknown codes are shown as they are. */
const ACTION_LABELS: Readonly<Record<string, string>> = {
  'case.register': 'Casus aangemeld',
  'case.read': 'Casus ingezien',
  'case.list': 'Casuslijst ingezien',
  'case.assess': 'Criteria getoetst',
  'case.decide': 'Besluit over toelating',
  'informing.read': 'Informeertaak ingezien',
  'informing.complete': 'Informeren vastgelegd',
  'informing.defer': 'Informeren uitgesteld',
  'partner-query.send': 'Uitvraag verstuurd',
  'session.login': 'Ingelogd',
  'session.login-refused': 'Inloggen geweigerd',
  'session.logout': 'Uitgelogd',
  'organisation.create': 'Organisatie toegevoegd',
  'table.create': 'Tafel toegevoegd',
  'user.list': 'Gebruikerslijst ingezien',
  'user.create': 'Gebruiker toegevoegd',
  'user.update': 'Gebruiker gewijzigd',
  'log.search': 'Verwerkingenlog doorzocht',
  'log.verify': 'Integriteit log gecontroleerd',
  'contribution.index': 'Overzicht bijdragen (zonder inhoud) ingezien',
  'grant-request.create': 'Gegevens opgevraagd bij de eigenaar',
  'grant-request.list': 'Verzoeken om gegevens ingezien',
  'grant-request.grant': 'Verzoek om gegevens ingewilligd',
  'grant-request.refuse': 'Verzoek om gegevens geweigerd',
};

const RECORD_TYPE_LABELS: Readonly<Record<string, string>> = {
  case: 'Casus',
  'informing-task': 'Informeertaak',
  'partner-query': 'Uitvraag',
  session: 'Sessie',
  organisation: 'Organisatie',
  table: 'Tafel',
  user: 'Gebruiker',
  log: 'Log',
  'grant-request': 'Verzoek om gegevens',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;
export const recordTypeLabel = (type: string): string => RECORD_TYPE_LABELS[type] ?? type;
