import { Alert, Button, Paragraph } from '@utrecht/component-library-react';
import { useRevalidator } from 'react-router';
import { TERM_END_RULE_LABELS } from '@ketentafel/domain';
import type { MyTable } from '../api/types.ts';
import { steeringApi } from '../api/steering.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDate } from '../i18n/format.ts';
import { ProblemAlert } from './FormErrors.tsx';
import { SavedMessage } from './SavedMessage.tsx';
import { useState } from 'react';

function openCasesText(count: number | null): string {
  if (count === null) return '';
  return count === 1 ? 'Er is 1 open casus.' : `Er zijn ${String(count)} open casussen.`;
}

/**
 * ZVT-E.2: from three months before the end of a table's term, the chain director sees when it ends and what
 * happens to open cases; after the end, a transfer to the successor table is one click.
 */
export function TermNotice({ table }: { readonly table: MyTable }) {
  const transfer = useApiAction();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  const { state, daysLeft } = table.termStatus;
  if (state !== 'ending-soon' && state !== 'ended') return null;
  const rule = TERM_END_RULE_LABELS[table.termEndRule];
  const ruleText = `${rule.label}${table.successorTable ? ` (${table.successorTable.name})` : ''}: ${rule.description}`;
  const canTransfer = state === 'ended' && table.termEndRule === 'transfer-to-successor' && (table.openCases ?? 0) > 0;
  return (
    <>
      <SavedMessage message={saved} />
      <Alert type="warning">
        <Paragraph>
          <strong>
            {state === 'ended'
              ? `De looptijd van ${table.name} is geëindigd op ${formatDate(table.termEnd)}.`
              : `De looptijd van ${table.name} eindigt op ${formatDate(table.termEnd)} (nog ${String(daysLeft)} ${daysLeft === 1 ? 'dag' : 'dagen'}).`}
          </strong>{' '}
          {openCasesText(table.openCases)} Afspraak voor open casussen: {ruleText}
        </Paragraph>
        {canTransfer && (
          <>
            <ProblemAlert problem={transfer.problem} />
            <Button
              appearance="secondary-action-button"
              busy={transfer.busy}
              disabled={transfer.busy}
              onClick={() => {
                void transfer.run(() => steeringApi.transferOpenCases(table.id)).then(async (result) => {
                  if (!result.ok) return;
                  await revalidator.revalidate();
                  setSaved(`${String(result.value.transferred)} open casussen overgedragen aan ${result.value.successorTable.name}.`);
                });
              }}
            >
              Open casussen overdragen aan {table.successorTable?.name}
            </Button>
          </>
        )}
      </Alert>
    </>
  );
}
