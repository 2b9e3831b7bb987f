import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Button,
  Heading1,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { DATA_CATEGORY_LABELS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { GrantRequest } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { contributionKindLabel } from '../components/ContributionsPanel.tsx';
import { DataRows } from '../components/DataRows.tsx';
import { TextAreaField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert } from '../components/FormErrors.tsx';
import { grantRequestStatusText } from '../components/GrantRequestsPanel.tsx';
import { AppLink } from '../components/Links.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formText } from '../components/formData.ts';
import { formatDateTime } from '../i18n/format.ts';

const TITLE = 'Verzoeken om gegevens';

/** Loads the requests to the user as owner and those the user's organisation sent. */
export const grantRequestsLoader = protect(() => api.grantRequests());

/** The owner grants (a release for the requested activity) or refuses with a reason. */
function Decide({ request, onSaved }: { readonly request: GrantRequest; readonly onSaved: (message: string) => Promise<void> }) {
  const grant = useApiAction();
  const refuse = useApiAction();
  const what = `${contributionKindLabel(request.kind)} aan ${request.requester.name}`;
  const onGrant = async () => {
    const result = await grant.run(() => api.decideGrantRequest(request.id, { decision: 'grant' }));
    if (result.ok) await onSaved(`Vrijgegeven: ${what} voor ${request.activity}.`);
  };
  const onRefuse = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = formText(new FormData(event.currentTarget), 'reason');
    const result = await refuse.run(() => api.decideGrantRequest(request.id, { decision: 'refuse', reason }));
    if (result.ok) await onSaved(`Geweigerd: ${what} voor ${request.activity}.`);
  };
  return (
    <FieldScope scope={`verzoek-${request.id}`}>
      <ProblemAlert problem={grant.problem} />
      <Paragraph>
        <Button appearance="primary-action-button" busy={grant.busy} disabled={grant.busy || refuse.busy} aria-label={`Vrijgeven: ${what}`} onClick={() => void onGrant()}>
          Vrijgeven
        </Button>
      </Paragraph>
      <ProblemAlert problem={refuse.problem} />
      <form noValidate onSubmit={(event) => void onRefuse(event)} className="kt-form">
        <TextAreaField
          name="reason"
          label="Reden van weigering"
          description={`De vrager ziet deze reden. Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`}
          rows={2}
          maxLength={2000}
          error={refuse.errors.reason}
        />
        <Button type="submit" appearance="secondary-action-button" busy={refuse.busy} disabled={grant.busy || refuse.busy} aria-label={`Weigeren: ${what}`}>
          Weigeren
        </Button>
      </form>
    </FieldScope>
  );
}

function ReceivedRequest({ request, onSaved }: { readonly request: GrantRequest; readonly onSaved: (message: string) => Promise<void> }) {
  return (
    <div className="kt-subsection">
      <Heading3>
        {contributionKindLabel(request.kind)} voor {request.requester.name}
      </Heading3>
      <DataRows
        rows={[
          { key: 'Casus', value: <AppLink to={`/casussen/${request.caseId}`}>{request.reference}</AppLink> },
          { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[request.category] },
          { key: 'Gevraagd door', value: request.requester.name },
          { key: 'Activiteit', value: request.activity },
          { key: 'Motivering', value: request.motivation },
          { key: 'Gevraagd op', value: formatDateTime(request.requestedAt) },
          { key: 'Status', value: grantRequestStatusText(request) },
        ]}
      />
      {request.abilities.decide && <Decide request={request} onSaved={onSaved} />}
    </div>
  );
}

function SentRequests({ requests }: { readonly requests: readonly GrantRequest[] }) {
  if (requests.length === 0) return <Paragraph className="kt-empty">Uw organisatie heeft geen gegevens opgevraagd.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Verzoeken van uw organisatie aan andere ketenpartners</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Gegevens</TableHeaderCell>
            <TableHeaderCell scope="col">Eigenaar</TableHeaderCell>
            <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.id}>
              <TableCell className="kt-nowrap">{request.reference}</TableCell>
              <TableCell>{contributionKindLabel(request.kind)}</TableCell>
              <TableCell>{request.owner.name}</TableCell>
              <TableCell>{request.activity}</TableCell>
              <TableCell>{grantRequestStatusText(request)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * `/verzoeken`: requests to use data the user's organisation brought in (seed 000 fn. 4): the owner grants or refuses
 * with a reason; and the requests the user's organisation sent, with their outcome.
 */
export function GrantRequestsScreen() {
  const inbox = useLoaderData<typeof grantRequestsLoader>();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(TITLE);
  const afterSave = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  const open = inbox.received.filter((request) => request.status === 'open');
  const decided = inbox.received.filter((request) => request.status !== 'open');
  return (
    <>
      <Heading1>{TITLE}</Heading1>
      <Paragraph>
        Elke ketenpartner houdt zeggenschap over de gegevens die hij inbracht. Een andere partner die ze wil gebruiken voor een activiteit uit het plan van
        aanpak, vraagt u om toestemming. Alleen u als eigenaar beslist; een vrijgave kunt u later op de casuspagina intrekken.
      </Paragraph>
      <SavedMessage message={saved} />
      <section aria-labelledby="ontvangen-kop" className="kt-section kt-card">
        <Heading2 id="ontvangen-kop">Aan u gevraagd ({open.length})</Heading2>
        {open.length === 0 ? (
          <Paragraph className="kt-empty">Er wachten geen verzoeken op uw besluit.</Paragraph>
        ) : (
          open.map((request) => <ReceivedRequest key={request.id} request={request} onSaved={afterSave} />)
        )}
        {decided.length > 0 && (
          <div className="kt-table-scroll">
            <Table>
              <TableCaption>Verzoeken waarover is beslist</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
                  <TableHeaderCell scope="col">Gegevens</TableHeaderCell>
                  <TableHeaderCell scope="col">Gevraagd door</TableHeaderCell>
                  <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
                  <TableHeaderCell scope="col">Besluit</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {decided.map((request) => (
                  <TableRow key={request.id}>
                    <TableCell className="kt-nowrap">
                      <AppLink to={`/casussen/${request.caseId}`}>{request.reference}</AppLink>
                    </TableCell>
                    <TableCell>{contributionKindLabel(request.kind)}</TableCell>
                    <TableCell>{request.requester.name}</TableCell>
                    <TableCell>{request.activity}</TableCell>
                    <TableCell>{grantRequestStatusText(request)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </section>
      <section aria-labelledby="verstuurd-kop" className="kt-section kt-card">
        <Heading2 id="verstuurd-kop">Door uw organisatie gevraagd</Heading2>
        <SentRequests requests={inbox.sent} />
      </section>
    </>
  );
}
