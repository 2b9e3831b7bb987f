import { CONSENT_LABELS } from '../i18n/labels.ts';
import { CheckboxField, RadioGroupField } from './Field.tsx';

/**
 * ZVT-1.4: whether consent was asked and, if so, given — the same two fields wherever informing is recorded (the
 * informing form and recording a letter sent).
 */
export function ConsentFields(props: {
  asked: boolean;
  onAskedChange: (asked: boolean) => void;
  given: 'yes' | 'no' | undefined;
  onGivenChange: (given: 'yes' | 'no') => void;
  errors: Readonly<Record<string, string | undefined>>;
}) {
  return (
    <>
      <CheckboxField name="consentAsked" label="Er is om toestemming gevraagd" checked={props.asked} error={props.errors.consentAsked} onChange={props.onAskedChange} />
      {props.asked ? (
        <RadioGroupField<'yes' | 'no'>
          name="consentGiven"
          legend="Is toestemming gegeven?"
          options={[
            { value: 'yes', label: 'Ja' },
            { value: 'no', label: 'Nee' },
          ]}
          value={props.given}
          error={props.errors.consentGiven}
          onChange={props.onGivenChange}
          className="kt-inline-choices"
        />
      ) : (
        <p className="kt-muted">Toestemming gegeven: {CONSENT_LABELS['not-applicable']}.</p>
      )}
    </>
  );
}
