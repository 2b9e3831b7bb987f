import { Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import type { MeetingDetail } from '../api/meeting-types.ts';
import { AppLink } from './Links.tsx';

/**
 * On a case meeting's page: the minutes (everyone who can see the meeting; they show only what is theirs, ZVT-3A.4)
 * and, for the chain director, one link per agenda item to record it (ZVT-3A.2 – ZVT-3A.5).
 */
export function MeetingRecordLinks({ meeting, isDirector }: { readonly meeting: MeetingDetail; readonly isDirector: boolean }) {
  if (meeting.kind !== 'case-meeting' || meeting.status !== 'planned') return null;
  return (
    <section aria-labelledby="verslag-kop" className="kt-section">
      <Heading2 id="verslag-kop">Verslag</Heading2>
      <Paragraph>
        <AppLink to={`/overleggen/${meeting.id}/verslag`}>Verslag van dit overleg (actiegerichte afspraken)</AppLink>
      </Paragraph>
      {isDirector && meeting.agenda.length > 0 && (
        <>
          <Paragraph>Tijdens het overleg legt u per agendapunt het toestandsbeeld, het plan van aanpak, de casusregisseur en de uitkomst vast.</Paragraph>
          <UnorderedList>
            {meeting.agenda.map((item) => (
              <UnorderedListItem key={item.id}>
                <AppLink to={`/overleggen/${meeting.id}/agendapunten/${item.id}/verslag`}>Verslag vastleggen: {item.case.title}</AppLink>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </>
      )}
    </section>
  );
}
