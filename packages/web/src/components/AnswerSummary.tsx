import { DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import type { PartnerQueryAnswer } from '../api/triage-types.ts';
import { DataRows } from './DataRows.tsx';

const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

/** One partner's answer to a partner query (ZVT-2A.2), as the access policy lets the caller see it. */
export function AnswerSummary({ answer }: { readonly answer: PartnerQueryAnswer }) {
  return (
    <DataRows
      rows={[
        { key: 'Kent de jeugdige', value: yesNo(answer.knowsSubject) },
        { key: 'Heeft relevante gegevens', value: yesNo(answer.holdsRelevantData) },
        { key: 'Bereid te delen', value: yesNo(answer.willingToShare) },
        ...(answer.content
          ? [
              { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[answer.content.category] },
              { key: 'Gedeeld', value: answer.content.text },
            ]
          : []),
      ]}
    />
  );
}
