import { useEffect, useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Fieldset, FieldsetLegend, Heading3, Paragraph } from '@utrecht/component-library-react';
import { LETTER_CHANNELS, LETTER_CHANNEL_LABELS, MIN_MOTIVATION_LENGTH, type LetterChannel } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import { lettersApi } from '../api/letters.ts';
import type { CaseLetter } from '../api/letter-types.ts';
import { today } from '../i18n/format.ts';
import { LetterDownload } from './LettersPanel.tsx';
import type { Triage, TriageOutcomeValue } from '../api/triage-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { RadioGroupField, TextAreaField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';

const CHANNEL_CHOICES = LETTER_CHANNELS.map((value) => ({ value, label: LETTER_CHANNEL_LABELS[value] }));

/** ZVT-2A.5: the letter about "not → case meeting" as the case's letters offer it (made before the case is gone). */
function useClosingLetter(caseId: string, wanted: boolean): CaseLetter | undefined {
  const [letter, setLetter] = useState<CaseLetter>();
  useEffect(() => {
    if (!wanted) return;
    let current = true;
    lettersApi.ofCase(caseId).then(
      (result) => {
        if (current) setLetter(result.letters.find((l) => l.kind === 'triage-closed'));
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [caseId, wanted]);
  return letter;
}

/**
 * ZVT-2A.4: the motivated outcome of triage or of the focus meeting, offered as the process definition declares
 * it. An outcome that ends the case deletes its data at once; the referrer receives the advice by reference. Before
 * that, the letter about the outcome is made here and its (planned) sending recorded with it (ZVT-2A.5, ADR 0021).
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
  const letter = useClosingLetter(caseId, chosen?.endsCase ?? false);
  const [letterDate, setLetterDate] = useState(today);
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<LetterChannel>();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const informingLetter = chosen?.endsCase && letter ? { informingLetter: { letterDate, sentOn, channel: channel as LetterChannel, templateHash: letter.templateHash ?? '' } } : {};
    const result = await run(() =>
      api.triage.decide(caseId, { outcome: outcome ?? '', motivation, ...(chosen?.endsCase && advice.trim() ? { advice } : {}), ...informingLetter }),
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
              {letter?.available && (
                <Fieldset className="kt-fieldset kt-fieldset--nested">
                  <FieldsetLegend>Brief over deze uitkomst (ZVT-2A.5)</FieldsetLegend>
                  <Paragraph>
                    Maak de brief nu: na het vastleggen is de casus verwijderd. Leg vast wanneer en hoe hij is of wordt verstuurd; de aanmelder krijgt dat onder het kenmerk te zien, bij de casus blijft niets bewaard.
                  </Paragraph>
                  {letter.abilities.render && (
                    <LetterDownload
                      buttonLabel="Brief over deze uitkomst downloaden (PDF)"
                      description="Wie de brief krijgt, hangt af van de leeftijd van de jeugdige op deze datum."
                      letterDate={letterDate}
                      onLetterDateChange={setLetterDate}
                      download={() => lettersApi.downloadPdf(caseId, 'triage-closed', letterDate)}
                    />
                  )}
                  <TextField name="informingLetter.sentOn" type="date" label="Verstuurd op, of te versturen op" description="Vandaag of eerder, of gepland binnen twee weken." value={sentOn} error={errors['informingLetter.sentOn'] ?? errors.informingLetter} onChange={(e) => { setSentOn(e.target.value); }} />
                  <RadioGroupField<LetterChannel> name="informingLetter.channel" legend="Hoe wordt de brief verstuurd?" options={CHANNEL_CHOICES} value={channel} error={errors['informingLetter.channel']} onChange={setChannel} />
                </Fieldset>
              )}
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
