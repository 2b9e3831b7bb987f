import { useCallback, type ReactNode } from 'react';
import { Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { DueUrgency, WorkQueue } from '../api/focus-types.ts';
import { useFetched } from '../app/useFetched.ts';
import { formatDate } from '../i18n/format.ts';
import { ProblemAlert } from './FormErrors.tsx';
import { AppLink } from './Links.tsx';

const URGENCY: Record<DueUrgency, string> = { overdue: 'verlopen', due: 'vandaag', soon: 'binnenkort' };

function count(n: number, one: string, many: string): string {
  return `${String(n)} ${n === 1 ? one : many}`;
}

function Part({ id, title, empty, children, shown }: { readonly id: string; readonly title: string; readonly empty: string; readonly shown: boolean; readonly children: ReactNode }) {
  return (
    <div className="kt-subsection" aria-labelledby={id} role="group">
      <Heading3 id={id}>{title}</Heading3>
      {shown ? <UnorderedList>{children}</UnorderedList> : <Paragraph className="kt-empty">{empty}</Paragraph>}
    </div>
  );
}

function Summary({ queue }: { readonly queue: WorkQueue }) {
  return (
    <UnorderedList>
      <UnorderedListItem>
        <a className="utrecht-link utrecht-link--html-a" href="#toetsen-kop">
          {count(queue.registrationsToAssess.count, 'aanmelding', 'aanmeldingen')} te toetsen
        </a>
      </UnorderedListItem>
      <UnorderedListItem>{count(queue.overduePartnerQueries.count, 'partnervraag', 'partnervragen')} over de termijn</UnorderedListItem>
      <UnorderedListItem>
        {count(queue.informing.count, 'casus', 'casussen')} te informeren{queue.informing.overdue > 0 ? `, waarvan ${String(queue.informing.overdue)} verlopen` : ''}
      </UnorderedListItem>
      <UnorderedListItem>
        {count(queue.retentionReassessments.count, 'afwijking', 'afwijkingen')} van de bewaartermijn opnieuw te beoordelen
        {queue.retentionReassessments.overdue > 0 ? `, waarvan ${String(queue.retentionReassessments.overdue)} verlopen` : ''}
      </UnorderedListItem>
    </UnorderedList>
  );
}

/**
 * The chain director's "what needs me now" (GET /work-queue): counts first, then per part the items with a link to
 * where the work is done — the next meeting per table with its agenda, partner queries past their deadline,
 * informing that is due, and retention exceptions to re-assess. References only, never names.
 */
export function WorkQueuePanel() {
  const load = useCallback(() => api.workQueue(), []);
  const { data: queue, problem } = useFetched(load);
  if (problem) return <ProblemAlert problem={problem} />;
  if (!queue) {
    return (
      <p className="kt-loading" role="status">
        Werkvoorraad wordt geladen…
      </p>
    );
  }
  return (
    <section aria-labelledby="werkvoorraad-kop" className="kt-section kt-card">
      <Heading2 id="werkvoorraad-kop">Wat nu aandacht vraagt</Heading2>
      <Summary queue={queue} />
      <Part id="volgend-overleg-kop" title="Volgend overleg" empty="Er is geen overleg gepland." shown={queue.nextMeetings.count > 0}>
        {queue.nextMeetings.items.map((m) => (
          <UnorderedListItem key={m.meetingId}>
            <AppLink to={m.link}>
              {m.title}, {formatDate(m.startsOn)} om {m.startTime}
            </AppLink>{' '}
            — {count(m.agendaItemCount, 'agendapunt', 'agendapunten')}
          </UnorderedListItem>
        ))}
      </Part>
      <Part id="partnervragen-termijn-kop" title="Partnervragen over de termijn" empty="Alle partnervragen zijn binnen de termijn beantwoord of nog niet verlopen." shown={queue.overduePartnerQueries.count > 0}>
        {queue.overduePartnerQueries.items.map((q) => (
          <UnorderedListItem key={q.id}>
            <AppLink to={q.link}>Casus {q.reference}</AppLink> — {q.organisation}, termijn {formatDate(q.deadline)}
          </UnorderedListItem>
        ))}
      </Part>
      <Part id="informeren-kop" title="Informeren (ZVT-1.4)" empty="Er hoeft nu niemand te worden geïnformeerd." shown={queue.informing.count > 0}>
        {queue.informing.items.map((i) => (
          <UnorderedListItem key={i.id}>
            <AppLink to={i.link}>Casus {i.reference}</AppLink> — {i.status === 'open' ? 'nog te informeren' : `uitgesteld tot ${formatDate(i.plannedOn ?? '')}`} ({URGENCY[i.urgency]})
          </UnorderedListItem>
        ))}
      </Part>
      <Part
        id="herbeoordelen-kop"
        title="Afwijkingen van de bewaartermijn opnieuw beoordelen"
        empty={`Geen herbeoordeling in de komende ${String(queue.windowDays)} dagen.`}
        shown={queue.retentionReassessments.count > 0}
      >
        {queue.retentionReassessments.items.map((r) => (
          <UnorderedListItem key={r.id}>
            <AppLink to={r.link}>Casus {r.reference}</AppLink> — herbeoordelen op {formatDate(r.reassessOn)} ({URGENCY[r.urgency]})
          </UnorderedListItem>
        ))}
      </Part>
    </section>
  );
}
