import { useState } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { notFound } from '../api/client.ts';
import { meetingRecordApi } from '../api/meeting-records.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AppLink } from '../components/Links.tsx';
import { MinutesItemView } from '../components/MinutesItemView.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDate } from '../i18n/format.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const minutesLoader = protect(async ({ params }) => {
  const meetingId = params.meetingId ?? '';
  if (!UUID.test(meetingId)) throw notFound();
  return meetingRecordApi.minutes(meetingId);
});

/**
 * `/overleggen/:meetingId/verslag`: the action agreements of the meeting (ZVT-3A.4) — only the items the user's
 * organisation was invited to, each with only what was released to it — with the same as a PDF.
 */
export function MinutesScreen() {
  const minutes = useLoaderData<typeof minutesLoader>();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`Verslag ${minutes.meeting.title}, ${formatDate(minutes.meeting.date)}`);
  const onDecided = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>Verslag</PreHeading>
        <Heading1>{minutes.meeting.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <Paragraph>
        {formatDate(minutes.meeting.date)}, {minutes.meeting.startTime}, {minutes.meeting.location} · <AppLink to={`/overleggen/${minutes.meeting.id}`}>Naar het overleg</AppLink>
      </Paragraph>
      <Paragraph>Vertrouwelijk: u ziet alleen de agendapunten waarvoor uw organisatie is uitgenodigd, en daarvan alleen wat aan uw organisatie is vrijgegeven (ZVT-3A.3, ZVT-3A.4).</Paragraph>
      <section aria-labelledby="afspraken-kop" className="kt-section">
        <Heading2 id="afspraken-kop">Actiegerichte afspraken</Heading2>
        {minutes.items.length === 0 ? (
          <Paragraph>Er is geen verslag voor uw organisatie: u was voor geen enkel agendapunt van dit overleg uitgenodigd.</Paragraph>
        ) : (
          <>
            <Paragraph>
              <a className="utrecht-link utrecht-link--html-a" href={meetingRecordApi.minutesPdfUrl(minutes.meeting.id)} download>
                Verslag downloaden (PDF)
              </a>
            </Paragraph>
            {minutes.items.map((item) => (
              <MinutesItemView key={item.agendaItemId} item={item} onDecided={onDecided} />
            ))}
          </>
        )}
      </section>
    </>
  );
}
