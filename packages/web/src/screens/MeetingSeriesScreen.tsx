import { useLoaderData, useLocation } from 'react-router';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { api, notFound } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from '../components/DataRows.tsx';
import { MeetingTable } from '../components/MeetingTable.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDuration, meetingKindLabel } from '../i18n/meetings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meetingSeriesLoader = protect(async ({ params }) => {
  const seriesId = params.seriesId ?? '';
  if (!UUID.test(seriesId)) throw notFound();
  return api.meetings.seriesDetail(seriesId);
});

/**
 * `/overleggen/reeksen/:seriesId`: a series with its generated dates. Each date leads to the meeting, where the
 * chain director moves or cancels it and prepares the agenda.
 */
export function MeetingSeriesScreen() {
  const series = useLoaderData<typeof meetingSeriesLoader>();
  const location = useLocation();
  const saved = (location.state as { saved?: string } | null)?.saved;
  useDocumentTitle(series.title);
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>Overlegreeks</PreHeading>
        <Heading1>{series.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Tafel', value: series.table.name },
          { key: 'Soort overleg', value: meetingKindLabel(series.kind) },
          { key: 'Regelmaat', value: `Om de ${String(series.intervalWeeks)} weken om ${series.startTime}` },
          { key: 'Duur', value: formatDuration(series.durationMinutes) },
          { key: 'Locatie', value: series.location },
        ]}
      />
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={api.meetings.seriesCalendarUrl(series.id)} download>
          Alle overleggen toevoegen aan agenda (.ics)
        </a>{' '}
        <span className="kt-muted">— zonder agenda en zonder namen.</span>
      </Paragraph>
      <section aria-labelledby="data-kop" className="kt-section">
        <Heading2 id="data-kop">Data</Heading2>
        <MeetingTable caption={`Overleggen van deze reeks`} meetings={series.meetings} empty="Deze reeks heeft geen overleggen." agendaHeader="Agenda" />
      </section>
    </>
  );
}
