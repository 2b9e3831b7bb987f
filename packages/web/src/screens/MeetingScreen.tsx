import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Button, Heading1, Heading2, Paragraph, PreHeading } from '@utrecht/component-library-react';
import { api, notFound } from '../api/client.ts';
import type { MeetingDetail } from '../api/meeting-types.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AgendaPanel } from '../components/AgendaPanel.tsx';
import { MeetingRecordLinks } from '../components/MeetingRecordLinks.tsx';
import { DataRows } from '../components/DataRows.tsx';
import { TextField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert } from '../components/FormErrors.tsx';
import { AppLink } from '../components/Links.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formText } from '../components/formData.ts';
import { formatDate } from '../i18n/format.ts';
import { formatDuration, meetingStatusLabel, publicHolidayNote } from '../i18n/meetings.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Loads the meeting as the user may see it and, for the chain director while it can be prepared, the admitted cases. */
export const meetingLoader = protect(async ({ params }) => {
  const meetingId = params.meetingId ?? '';
  if (!UUID.test(meetingId)) throw notFound();
  const meeting = await api.meetings.detail(meetingId);
  const candidates = meeting.abilities.manageAgenda ? (await api.meetings.candidates(meetingId)).candidates : [];
  return { meeting, candidates };
});

/** Moves the meeting, changes its place, or cancels it (chain director, before it starts). */
function ChangeMeeting({ meeting, onSaved }: { readonly meeting: MeetingDetail; readonly onSaved: (message: string) => Promise<void> }) {
  const change = useApiAction();
  const cancel = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await change.run(() =>
      api.meetings.update(meeting.id, { startsOn: formText(form, 'startsOn'), startTime: formText(form, 'startTime'), location: formText(form, 'location') }),
    );
    if (result.ok) await onSaved(`Overleg gewijzigd: ${formatDate(result.value.startsOn)} om ${result.value.startTime}, ${result.value.location}.`);
  };
  return (
    <section aria-labelledby="wijzigen-kop" className="kt-section kt-card">
      <Heading2 id="wijzigen-kop">Overleg verplaatsen of annuleren</Heading2>
      <Paragraph>Alleen dit overleg verandert; de andere overleggen van de reeks blijven staan.</Paragraph>
      <FieldScope scope="wijzigen">
        <ProblemAlert problem={change.problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextField name="startsOn" type="date" label="Datum" defaultValue={meeting.startsOn} error={change.errors.startsOn} />
          <TextField name="startTime" type="time" label="Begintijd" defaultValue={meeting.startTime} error={change.errors.startTime} />
          <TextField name="location" label="Locatie" description="Geen namen: de locatie staat ook in de agenda-export." defaultValue={meeting.location} maxLength={200} error={change.errors.location} />
          <Button type="submit" appearance="primary-action-button" busy={change.busy} disabled={change.busy}>
            Wijziging opslaan
          </Button>
        </form>
      </FieldScope>
      <ProblemAlert problem={cancel.problem} />
      <Paragraph>
        <Button
          appearance="secondary-action-button"
          busy={cancel.busy}
          disabled={cancel.busy}
          onClick={() => {
            void cancel.run(() => api.meetings.update(meeting.id, { status: 'cancelled' })).then(async (result) => {
              if (result.ok) await onSaved(`Het overleg van ${formatDate(meeting.startsOn)} is geannuleerd.`);
            });
          }}
        >
          Dit overleg annuleren
        </Button>
      </Paragraph>
    </section>
  );
}

/** `/overleggen/:meetingId`: one meeting with its agenda, as far as the user may see it. */
export function MeetingScreen() {
  const data = useLoaderData<typeof meetingLoader>();
  return <MeetingView key={data.meeting.id} {...data} />;
}

function MeetingView({ meeting, candidates }: Awaited<ReturnType<typeof meetingLoader>>) {
  const session = useSession();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`${meeting.title}, ${formatDate(meeting.startsOn)}`);
  const isDirector = session.user.role === 'chain-director';
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>Overleg</PreHeading>
        <Heading1>{meeting.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Tafel', value: meeting.table.name },
          { key: 'Datum', value: [formatDate(meeting.startsOn), publicHolidayNote(meeting)].filter((part) => part !== null).join(', ') },
          { key: 'Begintijd', value: meeting.startTime },
          { key: 'Duur', value: formatDuration(meeting.durationMinutes) },
          { key: 'Locatie', value: meeting.location },
          { key: 'Status', value: meeting.moved ? `${meetingStatusLabel(meeting)} (was ${formatDate(meeting.scheduledOn)})` : meetingStatusLabel(meeting) },
        ]}
      />
      <Paragraph>
        <a className="utrecht-link utrecht-link--html-a" href={api.meetings.calendarUrl(meeting.id)} download>
          Toevoegen aan agenda (.ics)
        </a>{' '}
        <span className="kt-muted">— alleen datum, tijd en plaats; geen agendapunten en geen namen.</span>
      </Paragraph>
      {isDirector && (
        <Paragraph>
          <AppLink to={`/overleggen/reeksen/${meeting.seriesId}`}>Naar de overlegreeks</AppLink>
        </Paragraph>
      )}
      {meeting.status === 'planned' && <AgendaPanel meeting={meeting} candidates={candidates} isDirector={isDirector} onSaved={onSaved} />}
      {meeting.abilities.manage && <ChangeMeeting meeting={meeting} onSaved={onSaved} />}
      <MeetingRecordLinks meeting={meeting} isDirector={isDirector} />
    </>
  );
}
