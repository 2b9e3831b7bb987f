import { useState, type SubmitEvent } from 'react';
import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import type { MinutesItem } from '../api/meeting-record-types.ts';
import { meetingRecordApi } from '../api/meeting-records.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDate } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { PlanActionsTable, actionDataText } from './PlanActionsTable.tsx';

type Request = MinutesItem['releaseRequests'][number];

/** ZVT-3A.3: the owner releases or refuses one of its data for one plan action (the activity). */
function ReleaseDecision({ request, onDecided }: { readonly request: Request; readonly onDecided: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [refusing, setRefusing] = useState(false);
  const label = `${actionDataText(request.data)} — voor “${request.actionDescription}” (${request.actionOwner})`;
  const decide = async (decision: 'release' | 'refuse', reason?: string) => {
    const result = await run(() => meetingRecordApi.decideRelease(request.actionId, request.data.contributionId, { decision, ...(reason === undefined ? {} : { reason }) }));
    if (result.ok) await onDecided(decision === 'release' ? `Vrijgegeven aan ${request.actionOwner} voor deze actie.` : 'Geweigerd voor deze actie.');
  };
  const submitRefusal = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('reason');
    await decide('refuse', typeof value === 'string' ? value : '');
  };
  return (
    <li>
      <Paragraph>{label}</Paragraph>
      {request.data.abilities.decide && (
        <FieldScope scope={`besluit-${request.actionId}-${request.data.contributionId}`}>
          <ProblemAlert problem={problem} labels={{ reason: 'Reden' }} />
          {!refusing ? (
            <Paragraph>
              <Button appearance="primary-action-button" busy={busy} disabled={busy} onClick={() => void decide('release')}>
                Vrijgeven voor deze actie
              </Button>{' '}
              <Button
                appearance="secondary-action-button"
                onClick={() => {
                  setRefusing(true);
                }}
              >
                Weigeren
              </Button>
            </Paragraph>
          ) : (
            <form noValidate onSubmit={(event) => void submitRefusal(event)} className="kt-form">
              <TextField name="reason" label="Reden van weigeren" description="Minstens 10 tekens; de ketenregisseur en de partner zien de reden." maxLength={1000} error={errors.reason} />
              <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
                Weigering vastleggen
              </Button>
            </form>
          )}
        </FieldScope>
      )}
    </li>
  );
}

/** ZVT-3A.4: one agenda item of the minutes, exactly as the server lets this reader see it. */
export function MinutesItemView({ item, onDecided }: { readonly item: MinutesItem; readonly onDecided: (message: string) => Promise<void> }) {
  const title = item.case.title ? `${item.case.title} (${item.case.reference})` : `Casus ${item.case.reference}`;
  return (
    <section aria-label={title} className="kt-section kt-card">
      <Heading3>{title}</Heading3>
      {!item.recorded ? (
        <Paragraph className="kt-muted">Voor dit agendapunt is (nog) niets vastgelegd.</Paragraph>
      ) : (
        <>
          <DataRows
            rows={[
              { key: 'Toestandsbeeld', value: item.situationPicture ? item.situationPicture.text : 'Niet aan uw organisatie vrijgegeven of nog niet vastgelegd.' },
              { key: 'Casusregisseur', value: item.caseDirector ? `${item.caseDirector.name} (${item.caseDirector.organisation})` : 'Nog niet afgesproken' },
              {
                key: 'Uitkomst',
                value: item.outcome
                  ? `${item.outcome.label} (${formatDate(item.outcome.decidedOn)})${item.outcome.monitoringOn ? `; monitoring op ${formatDate(item.outcome.monitoringOn)} met ${item.outcome.monitoringWith.map((o) => o.name).join(', ')}` : ''}`
                  : 'Nog niet vastgelegd',
              },
              ...(item.outcome?.motivation ? [{ key: 'Motivering', value: item.outcome.motivation }] : []),
            ]}
          />
          <PlanActionsTable caption={`Acties: ${title}`} actions={item.actions} empty="Uw organisatie heeft geen actie in het plan van aanpak." />
          {item.releaseRequests.length > 0 && (
            <>
              <Heading3>Gevraagde gegevens van uw organisatie</Heading3>
              <Paragraph>U beslist per actie of uw gegevens worden vrijgegeven (ZVT-3A.3).</Paragraph>
              <ul>
                {item.releaseRequests.map((r) => (
                  <ReleaseDecision key={`${r.actionId}-${r.data.contributionId}`} request={r} onDecided={onDecided} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
