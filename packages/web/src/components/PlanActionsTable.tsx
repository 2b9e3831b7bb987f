import { Button, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ActionData, PlanAction } from '../api/meeting-record-types.ts';
import { formatDate } from '../i18n/format.ts';
import { CONTRIBUTION_KIND_LABELS, labelOf } from '../i18n/labels.ts';

const STATUS_LABELS: Readonly<Record<ActionData['status'], string>> = { pending: 'besluit eigenaar open', released: 'vrijgegeven', refused: 'geweigerd', withdrawn: 'vrijgave ingetrokken' };

/** One data request of an action, with the owner's decision. */
export function actionDataText(d: ActionData): string {
  return `${labelOf(CONTRIBUTION_KIND_LABELS, d.kind)} van ${d.owner.name}: ${STATUS_LABELS[d.status]}${d.refusalReason ? ` (${d.refusalReason})` : ''}`;
}

/** ZVT-3A.2: the plan's actions — who, what, by when, which data — as a table. */
export function PlanActionsTable({
  caption,
  actions,
  empty,
  onRemove,
}: {
  readonly caption: string;
  readonly actions: readonly PlanAction[];
  readonly empty: string;
  readonly onRemove?: ((action: PlanAction) => void) | undefined;
}) {
  if (actions.length === 0) return <Paragraph className="kt-muted">{empty}</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Wie</TableHeaderCell>
            <TableHeaderCell scope="col">Wat</TableHeaderCell>
            <TableHeaderCell scope="col">Uiterlijk</TableHeaderCell>
            <TableHeaderCell scope="col">Benodigde gegevens</TableHeaderCell>
            {onRemove && <TableHeaderCell scope="col">Verwijderen</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {actions.map((action) => (
            <TableRow key={action.id}>
              <TableCell>{action.owner.name}</TableCell>
              <TableCell>{action.description}</TableCell>
              <TableCell>{formatDate(action.dueOn)}</TableCell>
              <TableCell>{action.data.length === 0 ? '—' : action.data.map((d) => <div key={d.contributionId}>{actionDataText(d)}</div>)}</TableCell>
              {onRemove && (
                <TableCell>
                  <Button
                    appearance="secondary-action-button"
                    onClick={() => {
                      onRemove(action);
                    }}
                  >
                    Actie verwijderen: {action.description}
                  </Button>
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
