import { useLoaderData } from 'react-router';
import { Heading1, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink } from '../components/Links.tsx';
import { MeetingSeriesForm } from '../components/MeetingSeriesForm.tsx';
import { MeetingTable } from '../components/MeetingTable.tsx';

/** Loads the coming meetings; for the chain director also the series and the tables to plan for. */
export const meetingsLoader = protect(async () => {
  const session = await api.session();
  if (session.user.role !== 'chain-director') {
    return { role: session.user.role, meetings: (await api.meetings.upcoming()).meetings, series: [], tables: [] };
  }
  const [meetings, series, tables] = await Promise.all([api.meetings.upcoming(), api.meetings.series(), api.myTables()]);
  return { role: session.user.role, meetings: meetings.meetings, series: series.series, tables: tables.tables };
});

/**
 * `/overleggen`: the coming meetings of the user's tables. The chain director also sees the series and plans
 * a new one; a partner sees per meeting how many items its organisation is invited to (ZVT-3A.1).
 */
export function MeetingsScreen() {
  const { role, meetings, series, tables } = useLoaderData<typeof meetingsLoader>();
  useDocumentTitle('Overleggen');
  const isDirector = role === 'chain-director';
  return (
    <>
      <Heading1>Overleggen</Heading1>
      {!isDirector && (
        <Paragraph>
          U ziet de overleggen van uw tafels. Op de agenda ziet u alleen de casussen waarvoor de ketenregisseur uw organisatie heeft uitgenodigd; de
          gegevens zijn alleen voor het overleg.
        </Paragraph>
      )}
      <section aria-labelledby="komend-kop" className="kt-section">
        <Heading2 id="komend-kop">Komende overleggen</Heading2>
        <MeetingTable
          caption={isDirector ? 'Komende overleggen van uw tafels' : 'Komende overleggen, met de agendapunten waarvoor uw organisatie is uitgenodigd'}
          meetings={meetings}
          empty="Er zijn geen komende overleggen gepland."
          agendaHeader={isDirector ? 'Agenda' : 'Uitgenodigd voor'}
        />
      </section>
      {isDirector && (
        <section aria-labelledby="reeksen-kop" className="kt-section">
          <Heading2 id="reeksen-kop">Overlegreeksen</Heading2>
          {series.length === 0 ? (
            <Paragraph className="kt-empty">Er zijn nog geen overlegreeksen gepland.</Paragraph>
          ) : (
            <UnorderedList>
              {series.map((s) => (
                <UnorderedListItem key={s.id}>
                  <AppLink to={`/overleggen/reeksen/${s.id}`}>{s.title}</AppLink>, {s.intervalWeeks === 1 ? 'elke week' : `om de ${String(s.intervalWeeks)} weken`} om {s.startTime} ({s.meetings.length} {s.meetings.length === 1 ? 'overleg' : 'overleggen'})
                </UnorderedListItem>
              ))}
            </UnorderedList>
          )}
        </section>
      )}
      {isDirector && <MeetingSeriesForm tables={tables} />}
    </>
  );
}
