import { useCallback, useState } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Heading1, Heading2, Heading3, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { api, notFound } from '../api/client.ts';
import type { ReleasedForItem } from '../api/focus-types.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { useFetched } from '../app/useFetched.ts';
import { contributionKindLabel } from '../components/ContributionsPanel.tsx';
import { DataRows } from '../components/DataRows.tsx';
import { AppLink } from '../components/Links.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { TriageOutcomeForm } from '../components/TriageOutcomeForm.tsx';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { contributionContentLabel, contributionContentValue } from '../i18n/labels.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Loads one agenda item with what the owners released for it and the caller may see now (ZVT-2A.4); for the chain
 * director of a focus meeting also the outcomes the process allows (the decision of the focus meeting).
 */
export const agendaItemLoader = protect(async ({ params }) => {
  const meetingId = params.meetingId ?? '';
  const itemId = params.agendaItemId ?? '';
  if (!UUID.test(meetingId) || !UUID.test(itemId)) throw notFound();
  const item = await api.focusReleases.forItem(meetingId, itemId);
  return { item };
});

function Released({ contribution }: { readonly contribution: ReleasedForItem['contributions'][number] }) {
  const headingId = `vrijgegeven-${contribution.id}-kop`;
  const content = Object.entries(contribution.content);
  return (
    <section aria-labelledby={headingId} className="kt-section kt-card">
      <Heading3 id={headingId}>{contributionKindLabel(contribution.kind)}</Heading3>
      <DataRows
        rows={[
          { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[contribution.category] },
          { key: 'Eigenaar', value: contribution.owner.name },
          { key: 'Vrijgegeven op', value: formatDateTime(contribution.releasedAt) },
        ]}
      />
      {content.length === 0 ? (
        <Paragraph className="kt-empty">Geen inhoud.</Paragraph>
      ) : (
        <DataRows rows={content.map(([key, value]) => ({ key: contributionContentLabel(key), value: contributionContentValue(value) }))} />
      )}
    </section>
  );
}

/** ZVT-2A.4: the chain director records the decision of the focus meeting through the triage outcome (→ 3A or not). */
function FocusDecision({ caseId, onSaved }: { readonly caseId: string; readonly onSaved: (message: string) => Promise<void> }) {
  const load = useCallback(() => api.triage.view(caseId), [caseId]);
  const { data } = useFetched(load);
  const outcomes = data?.outcomes ?? [];
  if (outcomes.length === 0) return null;
  return (
    <section aria-labelledby="besluit-kop" className="kt-section kt-card">
      <Heading2 id="besluit-kop">Besluit van het focusoverleg</Heading2>
      <Paragraph>Het focusoverleg besluit met motivering of de casus doorgaat naar het casusoverleg (3A). Niet door: advies aan de aanmelder en de gegevens worden verwijderd.</Paragraph>
      <TriageOutcomeForm caseId={caseId} outcomes={outcomes} onSaved={onSaved} />
    </section>
  );
}

/** `/overleggen/:meetingId/agendapunten/:agendaItemId`: one agenda item and what the owners released for this meeting. */
export function AgendaItemScreen() {
  const { item } = useLoaderData<typeof agendaItemLoader>();
  const session = useSession();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`${item.case.title} — ${item.meeting.title}, ${formatDate(item.meeting.startsOn)}`);
  const isFocus = item.meeting.kind === 'focus';
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>
          Agendapunt · {item.meeting.title}, {formatDate(item.meeting.startsOn)}
        </PreHeading>
        <Heading1>{item.case.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Kenmerk', value: item.case.reference },
          { key: 'Doel van de bespreking', value: item.goal },
          { key: 'Overleg', value: `${item.meeting.title}, ${formatDate(item.meeting.startsOn)} om ${item.meeting.startTime}` },
        ]}
      />
      <Paragraph>
        <AppLink to={`/overleggen/${item.meeting.id}`}>Terug naar het overleg</AppLink>
      </Paragraph>
      <section aria-labelledby="vrijgegeven-kop" className="kt-section">
        <Heading2 id="vrijgegeven-kop">Vrijgegeven voor dit overleg</Heading2>
        {item.concluded ? (
          <Paragraph>Het focusoverleg heeft over deze casus besloten; wat voor het overleg was vrijgegeven, is niet meer zichtbaar.</Paragraph>
        ) : (
          <Paragraph>
            Elke eigenaar deelt alleen wat hij voor dit overleg vrijgeeft. De uitgenodigde ketenpartners zien het alleen op de dag van het overleg
            ({formatDate(item.meeting.startsOn)}); de gegevens zijn alleen voor het overleg (ZVT-2A.4).
          </Paragraph>
        )}
        {item.contributions.length === 0 ? (
          <Paragraph className="kt-empty">Er is nu niets voor u zichtbaar dat voor dit overleg is vrijgegeven.</Paragraph>
        ) : (
          item.contributions.map((contribution) => <Released key={contribution.id} contribution={contribution} />)
        )}
      </section>
      {isFocus && session.user.role === 'chain-director' && !item.concluded && <FocusDecision key={item.case.id} caseId={item.case.id} onSaved={onSaved} />}
    </>
  );
}
