import { useState, type SubmitEvent } from 'react';
import { useLoaderData } from 'react-router';
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { LogEntry, LogSearch, SubjectRole } from '../api/privacy-types.ts';
import type { Role } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { RadioGroupField, SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { formText } from '../components/formData.ts';
import { formatDateTime } from '../i18n/format.ts';
import { ROLE_LABELS } from '../i18n/labels.ts';
import { actionLabel, recordTypeLabel } from '../i18n/log-labels.ts';

/** Loads the choices of the search form (privacy officer only). */
export const logSearchLoader = protect(() => api.privacy.logFilterOptions());

const SUBJECT_ROLES = [
  { value: 'young-person', label: 'Jeugdige' },
  { value: 'legal-representative', label: 'Wettelijk vertegenwoordiger' },
] as const;

const FIELD_LABELS = {
  subjectName: 'Naam betrokkene',
  subjectBirthDate: 'Geboortedatum betrokkene',
  userName: 'Gebruiker',
  organisationId: 'Organisatie',
  from: 'Periode van',
  to: 'Periode tot en met',
  action: 'Handeling',
};

/** The search as the API takes it: empty fields left out. */
function searchFrom(form: FormData, subjectRole: SubjectRole): LogSearch {
  const search: Record<string, string> = { subjectRole };
  for (const name of ['subjectName', 'subjectBirthDate', 'userName', 'organisationId', 'from', 'to', 'action']) {
    const value = formText(form, name).trim();
    if (value !== '' && !(name === 'subjectBirthDate' && subjectRole === 'legal-representative')) search[name] = value;
  }
  return search;
}

const roleLabel = (role: string) => (role in ROLE_LABELS ? ROLE_LABELS[role as Role] : role === 'system' ? 'Systeem' : role);

function ResultTable({ entries }: { readonly entries: readonly LogEntry[] }) {
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Logregels, nieuwste eerst</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wanneer</TableHeaderCell>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Organisatie en rol</TableHeaderCell>
            <TableHeaderCell scope="col">Handeling</TableHeaderCell>
            <TableHeaderCell scope="col">Gegeven</TableHeaderCell>
            <TableHeaderCell scope="col">Doel</TableHeaderCell>
            <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {entries.map((entry) => (
            <TableRow key={entry.operationId}>
              <TableCell className="kt-nowrap">{formatDateTime(entry.at)}</TableCell>
              <TableCell>{entry.userName}</TableCell>
              <TableCell>
                {entry.organisation?.name ?? '—'}
                <br />
                <span className="kt-muted">{roleLabel(entry.role)}</span>
              </TableCell>
              <TableCell>{actionLabel(entry.action)}</TableCell>
              <TableCell>
                {recordTypeLabel(entry.recordType)}
                {entry.recordId && (
                  <>
                    <br />
                    <span className="kt-muted">{entry.recordId}</span>
                  </>
                )}
              </TableCell>
              <TableCell>{entry.purpose}</TableCell>
              <TableCell>{entry.outcome === 'allowed' ? 'Toegestaan' : 'Geweigerd'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function summary(count: number, matchedSubjects: number | null, more: boolean): string {
  if (matchedSubjects === 0) return 'Geen betrokkene gevonden met deze gegevens (of de gegevens zijn verwijderd). Er zijn geen logregels getoond.';
  const who = matchedSubjects === null ? '' : ` over ${String(matchedSubjects)} ${matchedSubjects === 1 ? 'betrokkene' : 'betrokkenen'}`;
  return `${String(count)} ${count === 1 ? 'logregel' : 'logregels'}${who}${more ? ', er zijn er meer' : ''}.`;
}

/**
 * `/privacy/verwerkingenlog`: the privacy officer searches who processed what, by data subject (name
 * and birth date, matched on the server by keyed hash), user, organisation, period and action. The
 * results show no case content and no names of data subjects.
 */
export function LogSearchScreen() {
  const options = useLoaderData<typeof logSearchLoader>();
  const { run, problem, errors, busy } = useApiAction();
  const [subjectRole, setSubjectRole] = useState<SubjectRole>('young-person');
  const [search, setSearch] = useState<LogSearch>();
  const [entries, setEntries] = useState<LogEntry[]>([]);
  const [page, setPage] = useState<{ nextCursor: string | null; matchedSubjects: number | null }>();
  useDocumentTitle('Verwerkingenlog');

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = searchFrom(new FormData(event.currentTarget), subjectRole);
    const result = await run(() => api.privacy.searchLog(next));
    if (!result.ok) return;
    setSearch(next);
    setEntries(result.value.entries);
    setPage(result.value);
  };

  const loadMore = async () => {
    if (!search || !page?.nextCursor) return;
    const cursor = page.nextCursor;
    const result = await run(() => api.privacy.searchLog({ ...search, cursor }));
    if (!result.ok) return;
    setEntries((current) => [...current, ...result.value.entries]);
    setPage(result.value);
  };

  return (
    <>
      <Heading1>Verwerkingenlog</Heading1>
      <Paragraph>
        Zoek wie persoonsgegevens heeft verwerkt: op betrokkene, gebruiker, organisatie, periode of handeling. U ziet wie, wanneer, wat en met
        welk doel; nooit de inhoud van een casus of de naam van een betrokkene. Elke zoekvraag wordt zelf ook gelogd.
      </Paragraph>
      <ProblemAlert problem={problem} labels={FIELD_LABELS} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form" aria-labelledby="zoek-kop">
        <Heading2 id="zoek-kop">Zoeken</Heading2>
        <RadioGroupField
          name="subjectRole"
          legend="De betrokkene is"
          optional
          options={SUBJECT_ROLES}
          value={subjectRole}
          onChange={setSubjectRole}
          className="kt-inline-choices"
        />
        <TextField
          name="subjectName"
          label={FIELD_LABELS.subjectName}
          description="Volledige naam, precies zoals geregistreerd (hoofdletters maken niet uit)."
          optional
          autoComplete="off"
          error={errors.subjectName}
        />
        {subjectRole === 'young-person' ? (
          <TextField name="subjectBirthDate" type="date" label={FIELD_LABELS.subjectBirthDate} optional error={errors.subjectBirthDate} />
        ) : (
          <Paragraph className="kt-muted">Van wettelijk vertegenwoordigers wordt geen geboortedatum vastgelegd; er wordt op naam gezocht.</Paragraph>
        )}
        <TextField name="userName" label={FIELD_LABELS.userName} description="(Deel van) de naam van de medewerker." optional autoComplete="off" error={errors.userName} />
        <SelectField name="organisationId" label={FIELD_LABELS.organisationId} optional defaultValue="" error={errors.organisationId}>
          <SelectOption value="">Alle organisaties</SelectOption>
          {options.organisations.map((organisation) => (
            <SelectOption key={organisation.id} value={organisation.id}>
              {organisation.name}
            </SelectOption>
          ))}
        </SelectField>
        <TextField name="from" type="date" label={FIELD_LABELS.from} optional error={errors.from} />
        <TextField name="to" type="date" label={FIELD_LABELS.to} optional error={errors.to} />
        <SelectField name="action" label={FIELD_LABELS.action} optional defaultValue="" error={errors.action}>
          <SelectOption value="">Alle handelingen</SelectOption>
          {options.actions.map((action) => (
            <SelectOption key={action} value={action}>
              {actionLabel(action)}
            </SelectOption>
          ))}
        </SelectField>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Zoeken
        </Button>
      </form>
      <section aria-labelledby="resultaat-kop" className="kt-section">
        <Heading2 id="resultaat-kop">Resultaat</Heading2>
        <Paragraph role="status">{page ? summary(entries.length, page.matchedSubjects, page.nextCursor !== null) : 'Nog niet gezocht.'}</Paragraph>
        {entries.length > 0 && <ResultTable entries={entries} />}
        {page?.nextCursor && (
          <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void loadMore()}>
            Meer logregels laden
          </Button>
        )}
      </section>
    </>
  );
}
