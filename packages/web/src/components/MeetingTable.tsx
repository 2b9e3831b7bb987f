import { Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { MeetingSummary } from '../api/meeting-types.ts';
import { formatDate } from '../i18n/format.ts';
import { agendaCount, meetingStatusLabel, publicHolidayNote } from '../i18n/meetings.ts';
import { AppLink } from './Links.tsx';

/**
 * A table of meetings: date (linking to the meeting), time, meeting, place, the agenda items the user may see
 * and the status. `agendaHeader` names that column per role ("Agenda" or "Uitgenodigd voor").
 */
export function MeetingTable({
  caption,
  meetings,
  empty,
  agendaHeader,
}: {
  readonly caption: string;
  readonly meetings: readonly MeetingSummary[];
  readonly empty: string;
  readonly agendaHeader: string;
}) {
  if (meetings.length === 0) return <Paragraph className="kt-empty">{empty}</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Tijd</TableHeaderCell>
            <TableHeaderCell scope="col">Overleg</TableHeaderCell>
            <TableHeaderCell scope="col">Locatie</TableHeaderCell>
            <TableHeaderCell scope="col">{agendaHeader}</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {meetings.map((meeting) => (
            <TableRow key={meeting.id}>
              <TableCell className="kt-nowrap">
                <AppLink to={`/overleggen/${meeting.id}`}>{formatDate(meeting.startsOn)}</AppLink>
              </TableCell>
              <TableCell>{meeting.startTime}</TableCell>
              <TableCell>{meeting.title}</TableCell>
              <TableCell>{meeting.location}</TableCell>
              <TableCell>{agendaCount(meeting.agendaItemCount)}</TableCell>
              <TableCell>
                {meetingStatusLabel(meeting)}
                {publicHolidayNote(meeting) === null ? null : `, ${publicHolidayNote(meeting) ?? ''}`}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
