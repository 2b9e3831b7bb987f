import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { Triage, TriageOutcomeValue } from '../api/triage-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { RadioGroupField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';

/**
 * ZVT-2A.4: the motivated outcome of triage or of the focus meeting, offered as the process definition declares
 * it. An outcome that ends the case deletes its data at once; the referrer receives the advice by reference.
 */
export function TriageOutcomeForm({
  caseId,
  outcomes,
  onSaved,
}: {
  readonly caseId: string;
  readonly outcomes: Triage['outcomes'];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [outcome, setOutcome] = useState<TriageOutcomeValue>();
  const [motivation, setMotivation] = useState('');
  const [advice, setAdvice] = useState('');
  const chosen = outcomes.find((o) => o.id === outcome);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() =>
      api.triage.decide(caseId, { outcome: outcome ?? '', motivation, ...(chosen?.endsCase && advice.trim() ? { advice } : {}) }),
    );
    if (!result.ok) return;
    if (result.value.deleted) {
      await navigate(`/aanmelding-verwijderd?kenmerk=${encodeURIComponent(result.value.reference)}`);
    } else {
      await onSaved(`Uitkomst vastgelegd: ${chosen?.label ?? ''}.`);
    }
  };
  return (
    <FieldScope scope="uitkomst">
      <div className="kt-subsection">
        <Heading3>Uitkomst</Heading3>
        <ProblemAlert problem={problem} labels={{ outcome: 'Uitkomst', motivation: 'Motivering' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <RadioGroupField<TriageOutcomeValue> name="outcome" legend="Uitkomst" options={outcomes.map((o) => ({ value: o.id, label: o.label }))} value={outcome} onChange={setOutcome} error={errors.outcome} />
          <TextAreaField name="motivation" label="Motivering" description={`Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`} rows={3} maxLength={2000} value={motivation} error={errors.motivation} onChange={(e) => { setMotivation(e.target.value); }} />
          {chosen?.endsCase && (
            <>
              <TextAreaField name="advice" label="Advies aan de aanmelder" optional description="Zonder persoonsgegevens — de aanmelder ontvangt dit onder het kenmerk." rows={3} maxLength={2000} value={advice} error={errors.advice} onChange={(e) => { setAdvice(e.target.value); }} />
              <Alert type="warning">
                <Paragraph>Deze uitkomst verwijdert de gegevens van de casus direct. Dat kan niet ongedaan worden gemaakt.</Paragraph>
              </Alert>
            </>
          )}
          <Button type="submit" appearance="primary-action-button" hint={chosen?.endsCase ? 'danger' : undefined} busy={busy} disabled={busy}>
            {chosen?.endsCase ? 'Uitkomst vastleggen en gegevens verwijderen' : 'Uitkomst vastleggen'}
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}
