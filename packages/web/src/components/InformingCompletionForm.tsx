import { useState, type SubmitEvent } from 'react';
import { Button, Heading3 } from '@utrecht/component-library-react';
import { INFORMING_CONTENT_ITEMS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { ConsentGiven } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDate, today } from '../i18n/format.ts';
import { recipientsText } from '../i18n/labels.ts';
import { ConsentFields } from './ConsentFields.tsx';
import { CheckboxGroupField, TextField } from './Field.tsx';
import { ProblemAlert } from './FormErrors.tsx';

const CONTENT_CHOICES = INFORMING_CONTENT_ITEMS.map((item) => ({ value: item.id, label: item.label }));

/**
 * Records that the subject and/or legal representatives were informed (ZVT-1.4): the date (recipients follow
 * from the age on that date), what the information contained, and whether consent was asked and given.
 */
export function InformingCompletionForm({ caseId, onSaved }: { readonly caseId: string; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [informedOn, setInformedOn] = useState(today);
  const [contentItems, setContentItems] = useState<string[]>([]);
  const [consentAsked, setConsentAsked] = useState(false);
  const [consentGiven, setConsentGiven] = useState<'yes' | 'no'>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const given: ConsentGiven | undefined = consentAsked ? consentGiven : 'not-applicable';
    const result = await run(() => api.completeInforming(caseId, { informedOn, contentItems, consentAsked, consentGiven: given as ConsentGiven }));
    if (result.ok) {
      const who = recipientsText(result.value.recipients.filter((r) => r === 'subject' || r === 'legalRepresentatives'));
      await onSaved(`Vastgelegd: ${who} geïnformeerd op ${formatDate(result.value.informedOn)}.`);
    }
  };

  return (
    <div className="kt-subsection">
      <Heading3>Informeren vastleggen</Heading3>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <TextField
          name="informedOn"
          type="date"
          label="Datum van informeren"
          max={today()}
          value={informedOn}
          error={errors.informedOn}
          onChange={(event) => {
            setInformedOn(event.target.value);
          }}
        />
        <CheckboxGroupField
          name="contentItems"
          legend="Wat bevatte de informatie?"
          description="Alle onderdelen zijn verplicht (ZVT-1.4). Vink aan wat is verteld of geschreven."
          options={CONTENT_CHOICES}
          values={contentItems}
          error={errors.contentItems}
          onChange={setContentItems}
        />
        <ConsentFields asked={consentAsked} onAskedChange={setConsentAsked} given={consentGiven} onGivenChange={setConsentGiven} errors={errors} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Informeren vastleggen
        </Button>
      </form>
    </div>
  );
}
