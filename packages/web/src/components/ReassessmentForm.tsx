import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { EligibilityFactsInput } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { ASSESSMENT_OUTCOME_LABELS } from '../i18n/labels.ts';
import { EligibilityFactsFieldset, type FactsDraft } from './EligibilityFactsFieldset.tsx';
import { RadioGroupField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';

type Decision = 'admitted' | 'not-admitted';

/**
 * ZVT-1.3: after "insufficient data" and the partners' answers, the chain director sets the criteria facts as they
 * now stand and decides again; the server assesses (ZVT-1.2) and asks for a reason when the decision differs.
 */
export function ReassessmentForm({
  caseId,
  facts,
  onSaved,
}: {
  readonly caseId: string;
  readonly facts: EligibilityFactsInput | null;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [draft, setDraft] = useState<FactsDraft>(facts ?? {});
  const [decision, setDecision] = useState<Decision>();
  const [reason, setReason] = useState('');
  const [advice, setAdvice] = useState('');
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() =>
      api.triage.reassess(caseId, {
        facts: draft as EligibilityFactsInput,
        decision: decision ?? '',
        ...(reason.trim() ? { reason } : {}),
        ...(decision === 'not-admitted' && advice.trim() ? { advice } : {}),
      }),
    );
    if (!result.ok) return;
    if (result.value.deleted) {
      await navigate(`/aanmelding-verwijderd?kenmerk=${encodeURIComponent(result.value.reference)}`);
    } else {
      await onSaved(`Hertoetsing vastgelegd: ${ASSESSMENT_OUTCOME_LABELS[result.value.outcome]}; de triage gaat verder.`);
    }
  };
  return (
    <FieldScope scope="hertoetsing">
      <div className="kt-subsection">
        <Heading3>Opnieuw toetsen aan de criteria</Heading3>
        <Paragraph>De casus is toegelaten met onvoldoende gegevens. Leg de feiten vast zoals ze er na de antwoorden van de partners voor staan, en besluit opnieuw.</Paragraph>
        <ProblemAlert problem={problem} labels={{ decision: 'Besluit', reason: 'Reden' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <EligibilityFactsFieldset value={draft} onChange={setDraft} errors={errors} />
          <RadioGroupField<Decision>
            name="decision"
            legend="Besluit na hertoetsing"
            options={[
              { value: 'admitted', label: 'Toegelaten: de triage gaat verder' },
              { value: 'not-admitted', label: 'Niet in behandeling nemen' },
            ]}
            value={decision}
            onChange={setDecision}
            error={errors.decision}
          />
          <TextAreaField name="reason" label="Reden" optional description={`Verplicht als uw besluit afwijkt van de uitkomst van de toetsing (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`} rows={3} maxLength={1000} value={reason} error={errors.reason} onChange={(e) => { setReason(e.target.value); }} />
          {decision === 'not-admitted' && (
            <>
              <TextAreaField name="advice" label="Advies aan de aanmelder" optional description="Zonder persoonsgegevens — de aanmelder ontvangt dit onder het kenmerk." rows={3} maxLength={2000} value={advice} error={errors.advice} onChange={(e) => { setAdvice(e.target.value); }} />
              <Alert type="warning">
                <Paragraph>Niet in behandeling nemen verwijdert de gegevens van deze casus direct.</Paragraph>
              </Alert>
            </>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Hertoetsing vastleggen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}
