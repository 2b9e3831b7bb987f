import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { INFORMING_CONTENT_ITEMS } from '@ketentafel/domain';
import type { InformingTask } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { CONSENT_LABELS, deferralGroundLabel, recipientsText } from '../i18n/labels.ts';
import { DataRows, type DataRow } from './DataRows.tsx';
import { InformingStatusBadge } from './InformingStatusBadge.tsx';
import { InformingCompletionForm } from './InformingCompletionForm.tsx';
import { InformingDeferralForm } from './InformingDeferralForm.tsx';

function contentLabel(id: string): string {
  return INFORMING_CONTENT_ITEMS.find((item) => item.id === id)?.label ?? id;
}

function recordedRows(task: InformingTask): DataRow[] {
  if (task.status === 'done') {
    return [
      { key: 'Geïnformeerd op', value: task.informedOn ? formatDate(task.informedOn) : null },
      { key: 'Geïnformeerd', value: task.recipients ? recipientsText(task.recipients) : null },
      {
        key: 'Inhoud van de informatie',
        value: task.contentItems ? (
          <UnorderedList>
            {task.contentItems.map((id) => (
              <UnorderedListItem key={id}>{contentLabel(id)}</UnorderedListItem>
            ))}
          </UnorderedList>
        ) : null,
      },
      { key: 'Toestemming gevraagd', value: task.consentAsked === null ? null : task.consentAsked ? 'ja' : 'nee' },
      { key: 'Toestemming gegeven', value: task.consentGiven ? CONSENT_LABELS[task.consentGiven] : null },
    ];
  }
  if (task.status === 'deferred') {
    return [
      { key: 'Grond voor uitstel', value: task.deferralGround ? deferralGroundLabel(task.deferralGround) : null },
      { key: 'Motivering', value: task.deferralMotivation },
      { key: 'Gepland op', value: task.plannedOn ? formatDate(task.plannedOn) : null },
    ];
  }
  return [];
}

/**
 * The informing duty before triage (ZVT-1.4): its state, who is responsible, who must be informed today,
 * what was recorded, and — when the user may record it — the forms to complete or defer it.
 */
export function InformingPanel({
  caseId,
  task,
  canRecord,
  onSaved,
}: {
  readonly caseId: string;
  readonly task: InformingTask;
  readonly canRecord: boolean;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="informeren-kop" className="kt-section kt-card">
      <Heading2 id="informeren-kop">Informeren van betrokkenen</Heading2>
      <DataRows
        rows={[
          { key: 'Stand', value: <InformingStatusBadge status={task.status} plannedOn={task.plannedOn} /> },
          { key: 'Verantwoordelijk', value: `${task.responsibleOrganisation} (aanmelder); de ketenregisseur ondersteunt` },
          ...(task.status === 'done' ? [] : [{ key: 'Vandaag te informeren', value: recipientsText(task.requiredRecipientsToday) }]),
          ...recordedRows(task),
        ]}
      />
      {task.status !== 'done' && (
        <Paragraph appearance="small">
          Wie geïnformeerd moet worden, hangt af van de leeftijd op de dag waarop wordt geïnformeerd; hierboven staat de stand voor vandaag. Die datum
          wordt vastgelegd.
        </Paragraph>
      )}
      {canRecord && (
        <Paragraph appearance="small">
          Informeert u per brief? Maak de informeerbrief onder{' '}
          <a className="utrecht-link utrecht-link--html-a" href="#brieven-kop">
            Brieven
          </a>; als u daar de verzending vastlegt, is het informeren
          afgerond.
        </Paragraph>
      )}
      {canRecord && (
        <>
          <InformingCompletionForm caseId={caseId} onSaved={onSaved} />
          <InformingDeferralForm caseId={caseId} deferred={task.status === 'deferred'} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}
