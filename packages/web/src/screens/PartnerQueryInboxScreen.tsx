import { useLoaderData } from 'react-router';
import {
  Heading1,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { InboxQuery, QueryStatus } from '../api/triage-types.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from '../components/DataRows.tsx';
import { AppLink } from '../components/Links.tsx';
import { formatDate } from '../i18n/format.ts';

const TITLE = 'Uitvragen';

/** Dutch status of a partner query as the addressed partner sees it. */
export const QUERY_STATUS_LABELS: Readonly<Record<QueryStatus, string>> = {
  open: 'Open',
  overdue: 'Termijn verstreken',
  answered: 'Beantwoord',
};

/** The status text, with "te laat" for an answer after the deadline (ADR 0014). */
export function queryStatusText(query: { readonly status: QueryStatus; readonly answeredLate: boolean | null }): string {
  return query.status === 'answered' && query.answeredLate ? 'Beantwoord (na de termijn)' : QUERY_STATUS_LABELS[query.status];
}

export const partnerQueryInboxLoader = protect(() => api.triage.inbox());

function QueryRow({ query }: { readonly query: InboxQuery }) {
  return (
    <TableRow>
      <TableCell className="kt-nowrap">
        <AppLink to={`/uitvragen/${query.id}`} aria-label={`${query.canAnswer ? 'Beantwoorden' : 'Bekijken'}: partnervraag ${query.reference}`}>
          {query.reference}
        </AppLink>
      </TableCell>
      <TableCell>{query.subject ? `${query.subject.fullName} (${formatDate(query.subject.birthDate)})` : <span className="kt-muted">Triage afgerond</span>}</TableCell>
      <TableCell>{query.table}</TableCell>
      <TableCell>{formatDate(query.deadline)}</TableCell>
      <TableCell>{queryStatusText(query)}</TableCell>
    </TableRow>
  );
}

/**
 * `/uitvragen`: the partner queries addressed to the user's organisation (ZVT-2A.2) — only those, with counts and
 * deadlines. Who it is about is shown only while the case is in triage.
 */
export function PartnerQueryInboxScreen() {
  const inbox = useLoaderData<typeof partnerQueryInboxLoader>();
  useDocumentTitle(TITLE);
  return (
    <>
      <Heading1>{TITLE}</Heading1>
      <Paragraph>
        De ketenregisseur vraagt of uw organisatie de jeugdige kent, relevante gegevens heeft en die wil delen voor een integrale aanpak. Uw antwoord
        blijft bij de ketenregisseur en de aanmelder (ZVT-2A.1); wat u deelt blijft van uw organisatie.
      </Paragraph>
      <DataRows
        rows={[
          { key: 'Open', value: String(inbox.counts.open) },
          { key: 'Termijn verstreken', value: String(inbox.counts.overdue) },
          { key: 'Beantwoord', value: String(inbox.counts.answered) },
        ]}
      />
      {inbox.queries.length === 0 ? (
        <Paragraph className="kt-empty">Er zijn geen partnervragen aan uw organisatie.</Paragraph>
      ) : (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption>Partnervragen aan uw organisatie</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                <TableHeaderCell scope="col">Jeugdige</TableHeaderCell>
                <TableHeaderCell scope="col">Tafel</TableHeaderCell>
                <TableHeaderCell scope="col">Antwoord graag vóór</TableHeaderCell>
                <TableHeaderCell scope="col">Status</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {inbox.queries.map((query) => (
                <QueryRow key={query.id} query={query} />
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </>
  );
}
