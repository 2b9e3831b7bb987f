import { flushSync } from 'react-dom';
import { Button, Fieldset, FieldsetLegend, FormFieldDescription, SelectOption } from '@utrecht/component-library-react';
import type { LegalRepresentative, LegalRepresentativeRelation } from '../api/types.ts';
import { RELATION_LABELS } from '../i18n/labels.ts';
import { SelectField, TextField } from './Field.tsx';
import { useFieldId, type FieldErrors } from './FormErrors.tsx';

/** A legal representative being entered, with a stable key for React. */
export interface RepresentativeDraft extends LegalRepresentative {
  readonly key: string;
}

/** The registration allows at most four (ZRegistration). */
export const MAX_REPRESENTATIVES = 4;

const RELATIONS = Object.keys(RELATION_LABELS) as LegalRepresentativeRelation[];

/**
 * Zero to four legal representatives (ZVT-1.1: their contact data are needed to inform them, ZVT-1.4).
 * Adding moves focus to the new name field; removing moves it to the add button.
 */
export function LegalRepresentativesFieldset({
  value,
  onChange,
  errors,
}: {
  readonly value: readonly RepresentativeDraft[];
  readonly onChange: (next: RepresentativeDraft[]) => void;
  readonly errors: FieldErrors;
}) {
  const fieldId = useFieldId();
  const addId = 'wettelijk-vertegenwoordiger-toevoegen';
  const update = (index: number, patch: Partial<LegalRepresentative>) => {
    onChange(value.map((rep, i) => (i === index ? { ...rep, ...patch } : rep)));
  };
  const add = () => {
    flushSync(() => {
      onChange([...value, { key: crypto.randomUUID(), fullName: '', relation: 'parent', contact: '' }]);
    });
    document.getElementById(fieldId(`legalRepresentatives.${value.length}.fullName`))?.focus();
  };
  const remove = (index: number) => {
    flushSync(() => {
      onChange(value.filter((_, i) => i !== index));
    });
    document.getElementById(addId)?.focus();
  };

  return (
    <Fieldset aria-describedby="wv-uitleg" className="kt-fieldset">
      <FieldsetLegend>Wettelijk vertegenwoordigers</FieldsetLegend>
      <FormFieldDescription id="wv-uitleg">
        Ouders of voogd met gezag. Hun contactgegevens zijn nodig om hen te kunnen informeren. Vul geen andere familieleden of betrokkenen in.
        Hoogstens {MAX_REPRESENTATIVES}.
      </FormFieldDescription>
      {errors.legalRepresentatives && <p className="kt-field-error">{errors.legalRepresentatives}</p>}
      {value.map((rep, index) => {
        const n = index + 1;
        const path = `legalRepresentatives.${index}`;
        return (
          <Fieldset key={rep.key} className="kt-fieldset kt-fieldset--nested">
            <FieldsetLegend>Wettelijk vertegenwoordiger {n}</FieldsetLegend>
            <TextField
              name={`${path}.fullName`}
              label="Naam"
              autoComplete="off"
              value={rep.fullName}
              error={errors[`${path}.fullName`]}
              onChange={(event) => {
                update(index, { fullName: event.target.value });
              }}
            />
            <SelectField
              name={`${path}.relation`}
              label="Relatie tot de jeugdige"
              value={rep.relation}
              error={errors[`${path}.relation`]}
              onChange={(event) => {
                update(index, { relation: event.target.value as LegalRepresentativeRelation });
              }}
            >
              {RELATIONS.map((relation) => (
                <SelectOption key={relation} value={relation}>
                  {RELATION_LABELS[relation]}
                </SelectOption>
              ))}
            </SelectField>
            <TextField
              name={`${path}.contact`}
              label="Contactgegevens"
              description="Telefoonnummer, e-mailadres of postadres."
              autoComplete="off"
              value={rep.contact}
              error={errors[`${path}.contact`]}
              onChange={(event) => {
                update(index, { contact: event.target.value });
              }}
            />
            <Button
              type="button"
              appearance="subtle-button"
              onClick={() => {
                remove(index);
              }}
            >
              Verwijder wettelijk vertegenwoordiger {n}
            </Button>
          </Fieldset>
        );
      })}
      <Button id={addId} type="button" appearance="secondary-action-button" disabled={value.length >= MAX_REPRESENTATIVES} onClick={add}>
        Wettelijk vertegenwoordiger toevoegen
      </Button>
    </Fieldset>
  );
}
