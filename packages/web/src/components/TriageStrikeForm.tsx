import { useState, type SubmitEvent } from 'react';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { StrikableField, Triage } from '../api/triage-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { CheckboxGroupField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';

/**
 * ZVT-2A.3 data minimisation: the chain director strikes from the registration what triage does not need. The
 * content is removed for good; what was struck (the field names) and why is recorded.
 */
export function TriageStrikeForm({
  caseId,
  strikable,
  onSaved,
}: {
  readonly caseId: string;
  readonly strikable: Triage['strikable'];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const [fields, setFields] = useState<StrikableField[]>([]);
  const [reason, setReason] = useState('');
  const present = strikable.filter((s) => s.present);
  if (present.length === 0) return null;
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() => api.triage.strike(caseId, { fields, reason }));
    if (result.ok) {
      setFields([]);
      setReason('');
      await onSaved(`Geschrapt uit de aanmelding: ${present.filter((s) => fields.includes(s.field)).map((s) => s.label).join(', ')}.`);
    }
  };
  return (
    <FieldScope scope="schrappen">
      <div className="kt-subsection">
        <Heading3>Schrappen uit de aanmelding</Heading3>
        <Paragraph>Schrap wat deze fase niet nodig heeft (dataminimalisatie). Vastgelegd wordt wat u schrapte en waarom, niet de inhoud.</Paragraph>
        <ProblemAlert problem={problem} labels={{ fields: 'Wat schrappen', reason: 'Reden' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <CheckboxGroupField<StrikableField> name="fields" legend="Wat schrapt u?" options={present.map((s) => ({ value: s.field, label: s.label }))} values={fields} onChange={setFields} error={errors.fields} />
          <TextAreaField name="reason" label="Waarom is dit niet nodig?" description={`Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`} rows={3} maxLength={2000} value={reason} error={errors.reason} onChange={(e) => { setReason(e.target.value); }} />
          <Alert type="warning">
            <Paragraph>Geschrapte gegevens worden echt verwijderd en zijn niet terug te halen.</Paragraph>
          </Alert>
          <Button type="submit" appearance="primary-action-button" hint="danger" busy={busy} disabled={busy}>
            Definitief schrappen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}
