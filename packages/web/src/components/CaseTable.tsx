import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { CaseSummary } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { InformingStatusBadge } from './InformingStatusBadge.tsx';
import { AppLink } from './Links.tsx';

/**
 * Cases as an accessible table: a caption (for screen readers; the section heading shows it), column headers, the reference as the row's link. The informing
 * state is always a column (ZVT-1.4). With no cases it says so instead of showing an empty table.
 */
export function CaseTable({ caption, cases, empty }: { readonly caption: string; readonly cases: readonly CaseSummary[]; readonly empty: string }) {
  if (cases.length === 0) return <Paragraph className="kt-empty">{empty}</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption className="kt-visually-hidden">{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Kenmerk</TableHeaderCell>
            <TableHeaderCell scope="col">Jeugdige of groep</TableHeaderCell>
            <TableHeaderCell scope="col">Tafel</TableHeaderCell>
            <TableHeaderCell scope="col">Fase</TableHeaderCell>
            <TableHeaderCell scope="col">Aangemeld op</TableHeaderCell>
            <TableHeaderCell scope="col">Aanmelder</TableHeaderCell>
            <TableHeaderCell scope="col">Informeren</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {cases.map((c) => (
            <TableRow key={c.id}>
              <TableCell className="kt-nowrap">
                <AppLink to={`/casussen/${c.id}`}>{c.reference}</AppLink>
              </TableCell>
              <TableCell>{c.title}</TableCell>
              <TableCell>{c.table.name}</TableCell>
              <TableCell>{c.phaseName}</TableCell>
              <TableCell>{formatDate(c.registeredOn)}</TableCell>
              <TableCell>{c.referrerOrganisation}</TableCell>
              <TableCell>
                <InformingStatusBadge status={c.informingStatus} plannedOn={c.informingPlannedOn} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
