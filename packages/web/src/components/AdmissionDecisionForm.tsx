import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH, decisionRequiresReason } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { AdmissionDecisionValue, AdmissionResult, Assessment, CaseKind } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { DECISION_CHOICE_LABELS } from '../i18n/labels.ts';
import { RadioGroupField, TextAreaField } from './Field.tsx';
import { ProblemAlert } from './FormErrors.tsx';

/** The outcomes that exist for each kind of registration (ZVT-1.3); the server refuses the others. */
const CHOICES: Readonly<Record<CaseKind, readonly AdmissionDecisionValue[]>> = {
  individual: ['not-admitted', 'admitted', 'insufficient-data'],
  'group-scan': ['not-admitted', 'group-scan'],
};

/**
 * The chain director's admission decision (ZVT-1.3). A reason is required when the decision differs from
 * the proposal; "not admitted" deletes the registration's personal data, which the form warns about.
 */
export function AdmissionDecisionForm({
  caseId,
  kind,
  assessment,
  onDecided,
}: {
  readonly caseId: string;
  readonly kind: CaseKind;
  readonly assessment: Assessment;
  readonly onDecided: (result: AdmissionResult) => Promise<void>;
}) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [decision, setDecision] = useState<AdmissionDecisionValue>();
  const [reason, setReason] = useState('');
  const [advice, setAdvice] = useState('');
  const [dataRequest, setDataRequest] = useState('');
  const reasonRequired = decision !== undefined && decisionRequiresReason(assessment.proposal, decision);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() =>
      api.decideAdmission(caseId, {
        // An unchosen decision is sent as missing, so the server's message names it.
        decision: decision as AdmissionDecisionValue,
        ...(reason.trim() ? { reason } : {}),
        ...(decision === 'not-admitted' && advice.trim() ? { advice } : {}),
        ...(decision === 'insufficient-data' ? { dataRequest } : {}),
      }),
    );
    if (!result.ok) return;
    if (result.value.deleted) {
      await navigate(`/aanmelding-verwijderd?kenmerk=${encodeURIComponent(result.value.reference)}`);
    } else {
      await onDecided(result.value);
    }
  };

  return (
    <section aria-labelledby="besluiten-kop" className="kt-section">
      <Heading2 id="besluiten-kop">Besluit over toelating</Heading2>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <RadioGroupField<AdmissionDecisionValue>
          name="decision"
          legend="Besluit"
          options={CHOICES[kind].map((value) => ({
            value,
            label: value === assessment.proposal ? `${DECISION_CHOICE_LABELS[value]} (voorstel)` : DECISION_CHOICE_LABELS[value],
          }))}
          value={decision}
          error={errors.decision}
          onChange={setDecision}
        />
        <TextAreaField
          name="reason"
          label="Reden van het besluit"
          optional={!reasonRequired}
          description={
            reasonRequired
              ? `Verplicht: uw besluit wijkt af van het voorstel. Leg vast waarom (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`
              : 'Verplicht als uw besluit afwijkt van het voorstel.'
          }
          rows={3}
          maxLength={1000}
          value={reason}
          error={errors.reason}
          onChange={(event) => {
            setReason(event.target.value);
          }}
        />
        {decision === 'not-admitted' && (
          <>
            <TextAreaField
              name="advice"
              label="Advies aan de aanmelder"
              optional
              description="Zonder persoonsgegevens — de aanmelder ontvangt dit onder het kenmerk."
              rows={3}
              maxLength={2000}
              value={advice}
              error={errors.advice}
              onChange={(event) => {
                setAdvice(event.target.value);
              }}
            />
            <Alert type="warning">
              <Paragraph>
                Niet in behandeling nemen verwijdert de persoonsgegevens van deze aanmelding direct. Dat kan niet ongedaan worden gemaakt.
              </Paragraph>
            </Alert>
          </>
        )}
        {decision === 'insufficient-data' && (
          <TextAreaField
            name="dataRequest"
            label="Gerichte gegevensuitvraag"
            description="Welke gegevens ontbreken om de criteria te toetsen? Daarna wordt opnieuw getoetst (minstens 10 tekens)."
            rows={3}
            maxLength={1000}
            value={dataRequest}
            error={errors.dataRequest}
            onChange={(event) => {
              setDataRequest(event.target.value);
            }}
          />
        )}
        <Button type="submit" appearance="primary-action-button" hint={decision === 'not-admitted' ? 'danger' : undefined} busy={busy} disabled={busy}>
          {decision === 'not-admitted' ? 'Besluit vastleggen en gegevens verwijderen' : 'Besluit vastleggen'}
        </Button>
      </form>
    </section>
  );
}
