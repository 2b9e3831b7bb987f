import { useEffect, useRef, useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Alert,
  Button,
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
import { api } from '../api/client.ts';
import type { AccessRequestChannel, AccessRequester, AccessRequestStatus, SubjectAccessExportReceipt, SubjectAccessRequest } from '../api/subject-access-types.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { RadioGroupField, SelectField, TextField } from '../components/Field.tsx';
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
};

function Deadline({ request }: { readonly request: SubjectAccessRequest }) {
  return (
    <>
      {formatDate(request.deadlineOn)}
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
  useDocumentTitle('Inzageverzoeken');

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
      }),
    );
    if (!result.ok) return;
    formElement.reset();
    await revalidator.revalidate();
    setSaved(`Verzoek ${result.value.reference} vastgelegd. Beantwoorden uiterlijk op ${formatDate(result.value.deadlineOn)}.`);
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
                      {request.subjectName}
                      <br />
                      <span className="kt-muted">geboren {formatDate(request.subjectBirthDate)}</span>
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
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>

      <section aria-labelledby="nieuw-kop" className="kt-section">
        <Heading2 id="nieuw-kop">Verzoek vastleggen</Heading2>
        <Paragraph>
          Vul naam en geboortedatum in zoals in het verzoek (en na controle van de identiteit). Ketentafel zoekt de jeugdige op exact deze gegevens; de
          uiterste antwoorddatum is één kalendermaand na ontvangst.
        </Paragraph>
        <ProblemAlert problem={record.problem} labels={FIELD_LABELS} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
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
