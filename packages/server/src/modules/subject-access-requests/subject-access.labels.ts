import type { AccessRequestChannel, AccessRequester, Role } from '../../db/schema.ts';

/**
 * Dutch labels for the readable part of the export (the PDF). The web app has its own copy for its screens
 * (packages/web/src/i18n); an unknown code is printed as it is, so a new action never breaks an export.
 */
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
  'contribution.list': 'Bijdragen ingezien',
  'contribution.release': 'Bijdrage vrijgegeven',
  'contribution.withdraw': 'Vrijgave ingetrokken',
  'log.search': 'Verwerkingenlog doorzocht',
  'retention.go-inactive': 'Inactief gemaakt (bewaartermijn)',
  'retention.delete': 'Verwijderd (bewaartermijn)',
  'retention-exception.record': 'Afwijking bewaartermijn vastgelegd',
  'legal-hold.place': 'Juridische blokkade geplaatst',
  'legal-hold.lift': 'Juridische blokkade beëindigd',
  'subject-access.record': 'Inzageverzoek vastgelegd',
  'subject-access.list': 'Inzageverzoeken ingezien',
  'subject-access.export': 'Exportbestand inzage gemaakt',
  'subject-access.download': 'Exportbestand inzage gedownload',
  'subject-access.purge': 'Exportbestand inzage verwijderd',
  'subject-access.matches': 'Mogelijke treffers inzageverzoek bekeken',
  'subject-access.confirm-matches': 'Treffers inzageverzoek bevestigd',
  'subject-access.extend': 'Termijn inzageverzoek verlengd',
  'letter.render': 'Brief gemaakt',
  'letter.record-sent': 'Verzending van een brief vastgelegd',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

const ROLE_LABELS: Readonly<Record<Role | 'system', string>> = {
  'chain-director': 'Ketenregisseur',
  'partner-professional': 'Professional ketenpartner',
  'privacy-officer': 'Functionaris gegevensbescherming',
  'application-administrator': 'Applicatiebeheerder',
  system: 'Systeem (automatisch)',
};

export const roleLabel = (role: string): string => (ROLE_LABELS as Readonly<Partial<Record<string, string>>>)[role] ?? role;

export const CHANNEL_LABELS: Readonly<Record<AccessRequestChannel, string>> = {
  letter: 'per brief',
  email: 'per e-mail',
  'in-person': 'aan de balie of persoonlijk',
  'web-form': 'via een webformulier',
  other: 'anders',
};

export const REQUESTER_LABELS: Readonly<Record<AccessRequester, string>> = {
  'data-subject': 'de betrokkene zelf',
  'legal-representative': 'een wettelijk vertegenwoordiger namens de betrokkene',
  'authorised-representative': 'een gemachtigde namens de betrokkene',
};

export const RELATION_LABELS: Readonly<Record<string, string>> = { parent: 'ouder', guardian: 'voogd', other: 'anders' };
