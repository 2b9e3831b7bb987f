import { useCallback } from 'react';
import { Heading2, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { meetingRecordApi } from '../api/meeting-records.ts';
import { useFetched } from '../app/useFetched.ts';
import { formatDate } from '../i18n/format.ts';
import { AppLink } from './Links.tsx';

/** ZVT-3A.5 on the chain director's start page: monitoring appointments that are past or due within two weeks. */
export function MonitoringAppointments() {
  const load = useCallback(() => meetingRecordApi.monitoring(), []);
  const { data } = useFetched(load);
  const appointments = data?.appointments ?? [];
  return (
    <section aria-labelledby="monitoring-kop" className="kt-section">
      <Heading2 id="monitoring-kop">Monitoring-afspraken</Heading2>
      {appointments.length === 0 ? (
        <Paragraph>Er zijn geen monitoring-afspraken die verstreken zijn of binnen twee weken vallen.</Paragraph>
      ) : (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption>Casussen die terugkomen voor monitoring (verstreken of binnen twee weken)</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Casus</TableHeaderCell>
                <TableHeaderCell scope="col">Tafel</TableHeaderCell>
                <TableHeaderCell scope="col">Monitoring op</TableHeaderCell>
                <TableHeaderCell scope="col">Met wie</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {appointments.map((a) => (
                <TableRow key={`${a.caseId}-${a.monitoringOn}`}>
                  <TableCell>
                    <AppLink to={`/casussen/${a.caseId}`}>{a.title}</AppLink> ({a.reference})
                  </TableCell>
                  <TableCell>{a.table}</TableCell>
                  <TableCell>
                    {formatDate(a.monitoringOn)}
                    {a.status === 'overdue' && <strong> (verstreken)</strong>}
                  </TableCell>
                  <TableCell>{a.with.join(', ')}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
