import { type SubmitEvent } from 'react';
import { Button, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { DEFERRAL_GROUNDS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { DeferralGround } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { addDays, formatDate, today } from '../i18n/format.ts';
import { SelectField, TextAreaField, TextField } from './Field.tsx';
import { ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';

/** Defers informing (ZVT-1.4): only with a ground, a recorded motivation and the planned date. */
export function InformingDeferralForm({
  caseId,
  deferred,
  onSaved,
}: {
  readonly caseId: string;
  readonly deferred: boolean;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run(() =>
      api.deferInforming(caseId, {
        ground: formText(form, 'ground') as DeferralGround,
        motivation: formText(form, 'motivation'),
        plannedOn: formText(form, 'plannedOn'),
      }),
    );
    if (result.ok) await onSaved(`Uitstel vastgelegd; informeren is gepland op ${formatDate(result.value.plannedOn)}.`);
  };

  return (
    <div className="kt-subsection">
      <Heading3>{deferred ? 'Uitstel aanpassen' : 'Informeren uitstellen'}</Heading3>
      <Paragraph>
        Uitstel kan alleen met een vastgelegde motivering en het moment waarop alsnog wordt geïnformeerd, bijvoorbeeld ter bescherming van derden of in
        het belang van de jeugdige zelf. Met vastgelegd uitstel kan de triage beginnen.
      </Paragraph>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField name="ground" label="Grond voor uitstel" defaultValue="" error={errors.ground}>
          <SelectOption value="">Kies een grond</SelectOption>
          {DEFERRAL_GROUNDS.map((ground) => (
            <SelectOption key={ground.id} value={ground.id}>
              {ground.label}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField
          name="motivation"
          label="Motivering"
          description={`Waarom kan nu nog niet worden geïnformeerd? Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`}
          rows={3}
          maxLength={2000}
          error={errors.motivation}
        />
        <TextField name="plannedOn" type="date" label="Gepland moment van informeren" min={addDays(today(), 1)} error={errors.plannedOn} />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          Uitstel vastleggen
        </Button>
      </form>
    </div>
  );
}
