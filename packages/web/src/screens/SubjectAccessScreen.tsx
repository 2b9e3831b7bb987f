import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Alert,
  Button,
  ButtonGroup,
  Heading1,
  Heading2,
  Heading3,
  OrderedList,
  OrderedListItem,
  Paragraph,
  SelectOption,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { accessRequestExtendedDeadline } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type {
  AccessRequestAbout,
  AccessRequestChannel,
  AccessRequester,
  AccessRequestStatus,
  SubjectAccessExportReceipt,
  SubjectAccessMatch,
  SubjectAccessRequest,
} from '../api/subject-access-types.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { RadioGroupField, SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formText } from '../components/formData.ts';
import { formatDate, formatDateTime, today } from '../i18n/format.ts';

/** Loads the access requests the user handles (privacy officer: all; chain director: their tables). */
export const subjectAccessLoader = protect(async () => (await api.subjectAccess.list()).subjectAccessRequests);

const CHANNELS: readonly { value: AccessRequestChannel; label: string }[] = [
  { value: 'letter', label: 'Per brief' },
  { value: 'email', label: 'Per e-mail' },
  { value: 'in-person', label: 'Aan de balie of persoonlijk' },
  { value: 'web-form', label: 'Via een webformulier' },
  { value: 'other', label: 'Anders' },
];

const REQUESTERS: readonly { value: AccessRequester; label: string }[] = [
  { value: 'data-subject', label: 'De jeugdige zelf' },
  { value: 'legal-representative', label: 'Een wettelijk vertegenwoordiger' },
  { value: 'authorised-representative', label: 'Een gemachtigde' },
];

const ABOUT: readonly { value: AccessRequestAbout; label: string }[] = [
  { value: 'young-person', label: 'De gegevens van de jeugdige' },
  { value: 'legal-representative', label: 'De eigen gegevens van de ouder of voogd (wettelijk vertegenwoordiger)' },
];

const RELATIONS: Readonly<Record<string, string>> = { parent: 'ouder', guardian: 'voogd', other: 'anders' };

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const formatMonth = (yearMonth: string) => `${MONTHS[Number(yearMonth.slice(5, 7)) - 1] ?? yearMonth.slice(5, 7)} ${yearMonth.slice(0, 4)}`;

const STATUS: Readonly<Record<AccessRequestStatus, { label: string; badge: string }>> = {
  received: { label: 'Ontvangen', badge: 'warning' },
  'export-available': { label: 'Exportbestand klaar', badge: 'valid' },
  'export-removed': { label: 'Exportbestand verwijderd', badge: 'neutral' },
};

const FIELD_LABELS = {
  subjectName: 'Naam van de jeugdige',
  subjectBirthDate: 'Geboortedatum van de jeugdige',
  receivedOn: 'Ontvangen op',
  receivedVia: 'Hoe kwam het verzoek binnen',
  requestedBy: 'Wie doet het verzoek',
  externalReference: 'Kenmerk of omschrijving',
  about: 'Over wiens gegevens gaat het verzoek',
  representativeName: 'Naam van de wettelijk vertegenwoordiger',
};

const EXTENSION_LABELS = {
  extensionMonths: 'Verlengen met',
  motivation: 'Reden van de verlenging',
  requesterInformedOn: 'Verzoeker geïnformeerd op',
};

const MATCH_LABELS = { decisions: 'Treffers', basis: 'Waarmee vastgesteld' };

function Deadline({ request }: { readonly request: SubjectAccessRequest }) {
  return (
    <>
      {formatDate(request.currentDeadlineOn)}
      {request.extension && (
        <>
          <br />
          <span className="kt-muted">
            verlengd met {request.extension.months} {request.extension.months === 1 ? 'maand' : 'maanden'} (oorspronkelijk {formatDate(request.deadlineOn)}); verzoeker geïnformeerd op{' '}
            {formatDate(request.extension.requesterInformedOn)}
          </span>
        </>
      )}
      {request.overdue && (
        <>
          <br />
          <StatusBadge status="invalid">Termijn verstreken</StatusBadge>
        </>
      )}
    </>
  );
}

/** The one-time code, shown once, with what to do with it. Takes focus so it is not missed. */
function OneTimeCode({ request, receipt, onDone }: { readonly request: SubjectAccessRequest; readonly receipt: SubjectAccessExportReceipt; readonly onDone: () => void }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [receipt]);
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="code-kop" className="kt-section kt-one-time-code">
      <Alert type="ok">
        <Heading2 id="code-kop">Exportbestand voor {request.reference} gemaakt</Heading2>
        <Paragraph>Eenmalige code (alleen nu zichtbaar, nergens bewaard):</Paragraph>
        <p className="kt-code">
          <code>{receipt.oneTimeCode}</code>
        </p>
        <Heading3>Zo geeft u het bestand af</Heading3>
        <OrderedList>
          <OrderedListItem>Noteer de code nu. Na het sluiten van deze melding kan niemand hem opnieuw opvragen; dan moet u een nieuw bestand maken.</OrderedListItem>
          <OrderedListItem>
            Download het versleutelde bestand ({receipt.fileName}, {Math.max(1, Math.round(receipt.sizeBytes / 1024))} kB). U kunt het zelf niet openen zonder de code, en dat
            hoeft ook niet.
          </OrderedListItem>
          <OrderedListItem>Geef het bestand aan de betrokkene, bijvoorbeeld per beveiligde e-mail of op een gegevensdrager.</OrderedListItem>
          <OrderedListItem>Geef de code via een ander kanaal, bijvoorbeeld telefonisch of per brief; nooit samen met het bestand.</OrderedListItem>
          <OrderedListItem>Het bestand is te downloaden tot {formatDateTime(receipt.expiresAt)} en wordt daarna automatisch verwijderd.</OrderedListItem>
        </OrderedList>
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={api.subjectAccess.downloadUrl(request.id)} download={receipt.fileName}>
            Versleuteld exportbestand {request.reference} downloaden
          </a>
        </Paragraph>
        <Paragraph className="kt-muted">Vingerafdruk (SHA-256, verzegeld): {receipt.sha256}</Paragraph>
        <Button appearance="secondary-action-button" onClick={onDone}>
          Ik heb de code genoteerd
        </Button>
      </Alert>
    </section>
  );
}

/** Focuses a panel's heading when it opens, so keyboard and screen-reader users land on it. */
function useFocusOnOpen<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}

/**
 * Extending the answer period (AVG art. 12(3), ADR 0022): one or two months, motivated, decided before the
 * original deadline, with the day the requester was informed (within the first month).
 */
function ExtensionForm({ request, onDone, onCancel }: { readonly request: SubjectAccessRequest; readonly onDone: (updated: SubjectAccessRequest) => void; readonly onCancel: () => void }) {
  const extend = useApiAction();
  const ref = useFocusOnOpen<HTMLElement>(request.id);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const months = formText(form, 'extensionMonths');
    const result = await extend.run(() =>
      api.subjectAccess.extend(request.id, {
        extensionMonths: months === '' ? Number.NaN : Number(months),
        motivation: formText(form, 'motivation'),
        requesterInformedOn: formText(form, 'requesterInformedOn'),
      }),
    );
    if (result.ok) onDone(result.value);
  };
  const options = [1, 2].map((months) => ({
    value: String(months),
    label: `${months === 1 ? 'Eén maand' : 'Twee maanden'}: beantwoorden uiterlijk op ${formatDate(accessRequestExtendedDeadline(request.receivedOn, months))}`,
  }));
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="verlengen-kop" className="kt-section">
      <Heading2 id="verlengen-kop">Termijn verlengen voor {request.reference}</Heading2>
      <Paragraph>
        De termijn kan met ten hoogste twee maanden worden verlengd als dat nodig is, gezien de complexiteit en het aantal verzoeken (artikel 12 lid 3 AVG). Besluit
        daarover uiterlijk op {formatDate(request.deadlineOn)} en informeer de verzoeker binnen die eerste maand over de verlenging en de redenen.
      </Paragraph>
      <ProblemAlert problem={extend.problem} labels={EXTENSION_LABELS} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <RadioGroupField name="extensionMonths" legend={EXTENSION_LABELS.extensionMonths} options={options} error={extend.errors.extensionMonths} />
        <TextAreaField
          name="motivation"
          label={EXTENSION_LABELS.motivation}
          description="Waarom meer tijd nodig is. Deze reden staat ook in het exportbestand. Geen inhoud van de casus."
          rows={4}
          error={extend.errors.motivation}
        />
        <TextField
          name="requesterInformedOn"
          type="date"
          label={EXTENSION_LABELS.requesterInformedOn}
          description="De datum waarop u de verzoeker over de verlenging en de redenen heeft geïnformeerd."
          defaultValue={today()}
          min={request.receivedOn}
          max={today()}
          error={extend.errors.requesterInformedOn}
        />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={extend.busy} disabled={extend.busy}>
            Termijn verlengen
          </Button>
          <Button appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </section>
  );
}

function matchLabel(match: SubjectAccessMatch, index: number): string {
  const what = match.kind === 'group' ? 'groepslid' : match.kind === 'representative' ? `vastgelegd als ${RELATIONS[match.relation ?? ''] ?? 'vertegenwoordiger'}` : 'casus';
  const where = `${match.table} (${match.tableMunicipality})`;
  const lives = match.municipality ? `, woonplaats jeugdige ${match.municipality}` : '';
  return `Treffer ${String(index + 1)}: ${what} bij ${where}, aangemeld in ${formatMonth(match.registeredMonth)}${lives}`;
}

/**
 * Telling namesakes apart (ADR 0022): when the request matches more than one person or case, the handler decides
 * per match, on non-content identifying facts only, whether it is the requester's. The export covers only those.
 */
function MatchesForm({ request, onDone, onCancel }: { readonly request: SubjectAccessRequest; readonly onDone: (updated: SubjectAccessRequest) => void; readonly onCancel: () => void }) {
  const load = useApiAction();
  const confirm = useApiAction();
  const [candidates, setCandidates] = useState<readonly SubjectAccessMatch[]>();
  const ref = useFocusOnOpen<HTMLElement>(request.id);
  const { run } = load;
  useEffect(() => {
    void run(() => api.subjectAccess.matches(request.id)).then((result) => {
      if (result.ok) setCandidates(result.value.candidates);
    });
  }, [run, request.id]);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const decisions = (candidates ?? []).flatMap((c, i) => {
      const value = formText(form, `match-${String(i)}`);
      return value === '' ? [] : [{ matchId: c.matchId, belongs: value === 'belongs' }];
    });
    const result = await confirm.run(() => api.subjectAccess.confirmMatches(request.id, { decisions, basis: formText(form, 'basis') }));
    if (result.ok) onDone(result.value);
  };
  return (
    <section ref={ref} tabIndex={-1} aria-labelledby="treffers-kop" className="kt-section">
      <Heading2 id="treffers-kop">Treffers vaststellen voor {request.reference}</Heading2>
      <Paragraph>
        De gegevens van dit verzoek passen bij meer dan één persoon of casus. Dat kunnen naamgenoten zijn. Vraag de verzoeker zo nodig om aanvullende gegevens (artikel 12
        lid 6 AVG), bijvoorbeeld de woonplaats, en geef per treffer aan of die van de verzoeker is. Het exportbestand bevat alleen de treffers die van de verzoeker zijn. U
        ziet hier geen inhoud van de casussen.
      </Paragraph>
      <ProblemAlert problem={load.problem} />
      <ProblemAlert problem={confirm.problem} labels={MATCH_LABELS} />
      {candidates === undefined ? (
        <Paragraph>Treffers laden…</Paragraph>
      ) : (
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          {candidates.map((candidate, index) => (
            <RadioGroupField
              key={candidate.matchId}
              name={`match-${String(index)}`}
              legend={matchLabel(candidate, index)}
              defaultValue={candidate.belongs === null ? undefined : candidate.belongs ? 'belongs' : 'not'}
              options={[
                { value: 'belongs', label: 'Van de verzoeker' },
                { value: 'not', label: 'Niet van de verzoeker' },
              ]}
            />
          ))}
          <TextAreaField
            name="basis"
            label={MATCH_LABELS.basis}
            description="Hoe u heeft vastgesteld welke treffers van de verzoeker zijn, bijvoorbeeld: woonplaats telefonisch bij de verzoeker nagevraagd."
            rows={3}
            defaultValue={request.matching.basis ?? ''}
            error={confirm.errors.basis}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={confirm.busy} disabled={confirm.busy}>
              Treffers vastleggen
            </Button>
            <Button appearance="secondary-action-button" onClick={onCancel}>
              Annuleren
            </Button>
          </ButtonGroup>
        </form>
      )}
    </section>
  );
}

/**
 * `/inzageverzoeken`: the privacy officer and chain directors record access requests (X-3, AVG art. 15), see
 * their status and statutory deadline, and produce the sealed export. The screen never shows case content:
 * the file is compiled and encrypted on the server; only the one-time code is shown, once.
 */
export function SubjectAccessScreen() {
  const requests = useLoaderData<typeof subjectAccessLoader>();
  const { user } = useSession();
  const revalidator = useRevalidator();
  const record = useApiAction();
  const produce = useApiAction();
  const [saved, setSaved] = useState<string>();
  const [receipt, setReceipt] = useState<{ request: SubjectAccessRequest; receipt: SubjectAccessExportReceipt }>();
  const [about, setAbout] = useState<AccessRequestAbout>('young-person');
  const [panel, setPanel] = useState<{ kind: 'extend' | 'matches'; request: SubjectAccessRequest }>();
  useDocumentTitle('Inzageverzoeken');

  const panelDone = async (message: string) => {
    setPanel(undefined);
    await revalidator.revalidate();
    setSaved(message);
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const externalReference = formText(form, 'externalReference').trim();
    setSaved(undefined);
    const result = await record.run(() =>
      api.subjectAccess.record({
        subjectName: formText(form, 'subjectName'),
        subjectBirthDate: formText(form, 'subjectBirthDate'),
        receivedOn: formText(form, 'receivedOn'),
        receivedVia: formText(form, 'receivedVia') as AccessRequestChannel | '',
        requestedBy: formText(form, 'requestedBy') as AccessRequester | '',
        ...(externalReference === '' ? {} : { externalReference }),
        ...(about === 'legal-representative' ? { about, representativeName: formText(form, 'representativeName') } : {}),
      }),
    );
    if (!result.ok) return;
    formElement.reset();
    setAbout('young-person');
    await revalidator.revalidate();
    setSaved(
      `Verzoek ${result.value.reference} vastgelegd. Beantwoorden uiterlijk op ${formatDate(result.value.deadlineOn)}.${
        result.value.matching.confirmationNeeded ? ` Let op: de gegevens passen bij ${String(result.value.matching.candidates)} personen of casussen; stel eerst vast welke van de verzoeker zijn.` : ''
      }`,
    );
  };

  const produceExport = async (request: SubjectAccessRequest) => {
    setSaved(undefined);
    setReceipt(undefined);
    const result = await produce.run(() => api.subjectAccess.produceExport(request.id));
    if (!result.ok) return;
    setReceipt({ request, receipt: result.value });
    await revalidator.revalidate();
  };

  return (
    <>
      <Heading1>Inzageverzoeken</Heading1>
      <Paragraph>
        Iedereen heeft recht op inzage in de eigen persoonsgegevens (artikel 15 AVG), binnen één maand na ontvangst van het verzoek. Leg het verzoek hier vast.
        Ketentafel stelt het exportbestand zelf samen, versleutelt het met een eenmalige code en verzegelt het. U ziet de inhoud niet.
      </Paragraph>
      <Paragraph className="kt-muted">
        {user.role === 'privacy-officer'
          ? 'Als functionaris gegevensbescherming doorzoekt u alle tafels.'
          : 'Als ketenregisseur doorzoekt u de tafels waarvan u ketenregisseur bent; verzoeken die de functionaris gegevensbescherming vastlegt, ziet u niet.'}
      </Paragraph>
      <SavedMessage message={saved} />
      {receipt && (
        <OneTimeCode
          request={receipt.request}
          receipt={receipt.receipt}
          onDone={() => {
            setReceipt(undefined);
          }}
        />
      )}
      <ProblemAlert problem={produce.problem} />

      <section aria-labelledby="lijst-kop" className="kt-section">
        <Heading2 id="lijst-kop">Verzoeken</Heading2>
        {requests.length === 0 ? (
          <Paragraph className="kt-empty">Er zijn nog geen inzageverzoeken vastgelegd.</Paragraph>
        ) : (
          <div className="kt-table-scroll">
            <Table>
              <TableCaption>Inzageverzoeken, nieuwste eerst</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                  <TableHeaderCell scope="col">Betrokkene</TableHeaderCell>
                  <TableHeaderCell scope="col">Ontvangen</TableHeaderCell>
                  <TableHeaderCell scope="col">Uiterlijk beantwoorden</TableHeaderCell>
                  <TableHeaderCell scope="col">Status</TableHeaderCell>
                  <TableHeaderCell scope="col">Exportbestand</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {requests.map((request) => (
                  <TableRow key={request.id}>
                    <TableHeaderCell scope="row" className="kt-row-header kt-nowrap">
                      {request.reference}
                      {request.externalReference && (
                        <>
                          <br />
                          <span className="kt-muted">{request.externalReference}</span>
                        </>
                      )}
                    </TableHeaderCell>
                    <TableCell>
                      {request.about === 'legal-representative' ? (
                        <>
                          {request.representativeName}
                          <br />
                          <span className="kt-muted">
                            eigen gegevens als wettelijk vertegenwoordiger van {request.subjectName}, geboren {formatDate(request.subjectBirthDate)}
                          </span>
                        </>
                      ) : (
                        <>
                          {request.subjectName}
                          <br />
                          <span className="kt-muted">geboren {formatDate(request.subjectBirthDate)}</span>
                        </>
                      )}
                    </TableCell>
                    <TableCell className="kt-nowrap">
                      {formatDate(request.receivedOn)}
                      <br />
                      <span className="kt-muted">{CHANNELS.find((c) => c.value === request.receivedVia)?.label}</span>
                    </TableCell>
                    <TableCell className="kt-nowrap">
                      <Deadline request={request} />
                    </TableCell>
                    <TableCell>
                      <StatusBadge status={STATUS[request.status].badge}>{STATUS[request.status].label}</StatusBadge>
                      {request.matching.confirmationNeeded && (
                        <>
                          <br />
                          <StatusBadge status="warning">{request.matching.candidates} treffers: eerst vaststellen</StatusBadge>
                        </>
                      )}
                      {!request.matching.confirmationNeeded && request.matching.confirmedAt && (
                        <>
                          <br />
                          <span className="kt-muted">treffers vastgesteld op {formatDateTime(request.matching.confirmedAt)}</span>
                        </>
                      )}
                      {request.export && (
                        <>
                          <br />
                          <span className="kt-muted">
                            {request.export.removedAt
                              ? `verwijderd op ${formatDateTime(request.export.removedAt)}`
                              : `te downloaden tot ${formatDateTime(request.export.expiresAt)}${request.export.downloadedAt ? `; laatst gedownload ${formatDateTime(request.export.downloadedAt)}` : ''}`}
                          </span>
                        </>
                      )}
                    </TableCell>
                    <TableCell>
                      {request.abilities.produceExport && (
                        <Button
                          appearance={request.export ? 'secondary-action-button' : 'primary-action-button'}
                          busy={produce.busy}
                          disabled={produce.busy}
                          onClick={() => void produceExport(request)}
                          aria-label={`${request.export ? 'Nieuw exportbestand maken' : 'Exportbestand maken'} voor ${request.reference}`}
                        >
                          {request.export ? 'Nieuw exportbestand maken' : 'Exportbestand maken'}
                        </Button>
                      )}
                      {request.abilities.download && (
                        <>
                          <br />
                          <a className="utrecht-link utrecht-link--html-a" href={api.subjectAccess.downloadUrl(request.id)} download>
                            Downloaden<span className="kt-visually-hidden"> ({request.reference})</span>
                          </a>
                        </>
                      )}
                      {request.abilities.confirmMatches && (
                        <>
                          <br />
                          <Button
                            appearance={request.matching.confirmationNeeded ? 'primary-action-button' : 'subtle-button'}
                            onClick={() => {
                              setSaved(undefined);
                              setPanel({ kind: 'matches', request });
                            }}
                            aria-label={`Treffers vaststellen voor ${request.reference}`}
                          >
                            Treffers vaststellen
                          </Button>
                        </>
                      )}
                      {request.abilities.extend && (
                        <>
                          <br />
                          <Button
                            appearance="subtle-button"
                            onClick={() => {
                              setSaved(undefined);
                              setPanel({ kind: 'extend', request });
                            }}
                            aria-label={`Termijn verlengen voor ${request.reference}`}
                          >
                            Termijn verlengen
                          </Button>
                        </>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      {panel?.kind === 'extend' && (
        <ExtensionForm
          key={panel.request.id}
          request={panel.request}
          onCancel={() => {
            setPanel(undefined);
          }}
          onDone={(updated) => void panelDone(`Termijn van ${updated.reference} verlengd tot ${formatDate(updated.currentDeadlineOn)}.`)}
        />
      )}
      {panel?.kind === 'matches' && (
        <MatchesForm
          key={panel.request.id}
          request={panel.request}
          onCancel={() => {
            setPanel(undefined);
          }}
          onDone={(updated) => void panelDone(`Treffers van ${updated.reference} vastgelegd. Het exportbestand bevat alleen de treffers van de verzoeker.`)}
        />
      )}

      <section aria-labelledby="nieuw-kop" className="kt-section">
        <Heading2 id="nieuw-kop">Verzoek vastleggen</Heading2>
        <Paragraph>
          Vul naam en geboortedatum in zoals in het verzoek (en na controle van de identiteit). Ketentafel zoekt de jeugdige op exact deze gegevens; de
          uiterste antwoorddatum is één kalendermaand na ontvangst.
        </Paragraph>
        <Paragraph>
          Vraagt een ouder of voogd om de eigen gegevens (niet die van de jeugdige), kies dan “de eigen gegevens van de ouder of voogd” en vul ook diens naam in.
          Van een vertegenwoordiger is geen geboortedatum vastgelegd: de jeugdige identificeert hem of haar.
        </Paragraph>
        <ProblemAlert problem={record.problem} labels={FIELD_LABELS} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <RadioGroupField name="about" legend={FIELD_LABELS.about} options={ABOUT} value={about} onChange={setAbout} error={record.errors.about} />
          {about === 'legal-representative' && (
            <TextField
              name="representativeName"
              label={FIELD_LABELS.representativeName}
              description="Volledige naam van de ouder of voogd die om de eigen gegevens vraagt."
              autoComplete="off"
              error={record.errors.representativeName}
            />
          )}
          <TextField name="subjectName" label={FIELD_LABELS.subjectName} autoComplete="off" error={record.errors.subjectName} />
          <TextField name="subjectBirthDate" type="date" label={FIELD_LABELS.subjectBirthDate} error={record.errors.subjectBirthDate} />
          <TextField name="receivedOn" type="date" label={FIELD_LABELS.receivedOn} defaultValue={today()} max={today()} error={record.errors.receivedOn} />
          <SelectField name="receivedVia" label={FIELD_LABELS.receivedVia} defaultValue="" error={record.errors.receivedVia}>
            <SelectOption value="">Kies hoe het verzoek binnenkwam</SelectOption>
            {CHANNELS.map((channel) => (
              <SelectOption key={channel.value} value={channel.value}>
                {channel.label}
              </SelectOption>
            ))}
          </SelectField>
          <RadioGroupField name="requestedBy" legend={FIELD_LABELS.requestedBy} options={REQUESTERS} error={record.errors.requestedBy} />
          <TextField
            name="externalReference"
            label={FIELD_LABELS.externalReference}
            description="Bijvoorbeeld het zaaknummer van de brief. Geen inhoud van het verzoek."
            optional
            autoComplete="off"
            error={record.errors.externalReference}
          />
          <Button type="submit" appearance="primary-action-button" busy={record.busy} disabled={record.busy}>
            Verzoek vastleggen
          </Button>
        </form>
      </section>
    </>
  );
}
