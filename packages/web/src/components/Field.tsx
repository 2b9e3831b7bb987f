import type { ReactNode } from 'react';
import {
  Checkbox,
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  RadioButton,
  Select,
  Textarea,
  Textbox,
  type SelectProps,
  type TextareaProps,
  type TextboxProps,
} from '@utrecht/component-library-react';
import { useFieldId } from './FormErrors.tsx';

/**
 * Form field wrappers: every input gets a visible label, its hint and error linked with
 * `aria-describedby`, `aria-invalid` when wrong, and an id derived from its API path (see fieldId), so
 * the error summary can jump to it. Fields are required unless marked `optional`.
 */
interface FieldProps {
  /** The field's path in the request body, e.g. `subject.birthDate`; also the form control's name. */
  readonly name: string;
  readonly label: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  readonly optional?: boolean;
}

/** Ids of a field, its hint and its error, scoped to the enclosing FieldScope. */
function useIds(name: string, description: ReactNode, error: string | undefined) {
  const id = useFieldId()(name);
  const hint = description ? `${id}-uitleg` : undefined;
  const fault = error ? `${id}-fout` : undefined;
  const describedBy = [hint, fault].filter(Boolean).join(' ') || undefined;
  return { id, hint, fault, describedBy };
}

function LabelText({ label, optional }: { readonly label: ReactNode; readonly optional: boolean | undefined }) {
  return (
    <>
      {label}
      {optional && <span className="kt-optional"> (niet verplicht)</span>}
    </>
  );
}

function messageParts({ hint, fault, description, error }: { hint: string | undefined; fault: string | undefined; description: ReactNode; error: string | undefined }) {
  return {
    description: hint ? <FormFieldDescription id={hint}>{description}</FormFieldDescription> : undefined,
    errorMessage: fault ? (
      <FormFieldErrorMessage id={fault}>
        <span className="kt-error-prefix">Fout: </span>
        {error}
      </FormFieldErrorMessage>
    ) : undefined,
  };
}

/** A text-like input (`type` text, date, email, …). */
export function TextField({ name, label, description, error, optional, ...input }: FieldProps & Omit<TextboxProps, 'id' | 'name'>) {
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id}>
          <LabelText label={label} optional={optional} />
        </FormLabel>
      }
      {...messageParts({ hint, fault, description, error })}
      input={<Textbox id={id} name={name} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    />
  );
}

/** A multi-line text input. */
export function TextAreaField({ name, label, description, error, optional, ...input }: FieldProps & Omit<TextareaProps, 'id' | 'name'>) {
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id}>
          <LabelText label={label} optional={optional} />
        </FormLabel>
      }
      {...messageParts({ hint, fault, description, error })}
      input={<Textarea id={id} name={name} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />}
    />
  );
}

/** A native select; pass `<SelectOption>` children. */
export function SelectField({ name, label, description, error, optional, children, ...input }: FieldProps & Omit<SelectProps, 'id' | 'name'>) {
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <FormField
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id}>
          <LabelText label={label} optional={optional} />
        </FormLabel>
      }
      {...messageParts({ hint, fault, description, error })}
      input={
        <Select id={id} name={name} invalid={Boolean(error)} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input}>
          {children}
        </Select>
      }
    />
  );
}

/** One option of a radio or checkbox group. */
export interface Choice<V extends string> {
  readonly value: V;
  readonly label: ReactNode;
}

interface GroupProps<V extends string> {
  readonly name: string;
  readonly legend: ReactNode;
  readonly description?: ReactNode;
  readonly error?: string | undefined;
  readonly optional?: boolean;
  readonly options: readonly Choice<V>[];
  /** Extra class for the fieldset, e.g. to lay options out inline. */
  readonly className?: string;
}

/** The fieldset around a group of choices: legend, hint and error, linked by aria-describedby. */
function ChoiceFieldset(props: {
  readonly legend: ReactNode;
  readonly description: ReactNode;
  readonly error: string | undefined;
  readonly optional: boolean | undefined;
  readonly className: string | undefined;
  readonly hint: string | undefined;
  readonly fault: string | undefined;
  readonly describedBy: string | undefined;
  readonly children: ReactNode;
}) {
  const messages = messageParts(props);
  return (
    <Fieldset invalid={Boolean(props.error)} aria-describedby={props.describedBy} className={props.className}>
      <FieldsetLegend>
        <LabelText label={props.legend} optional={props.optional} />
      </FieldsetLegend>
      {messages.description}
      {messages.errorMessage}
      <div className="kt-choices">{props.children}</div>
    </Fieldset>
  );
}

/**
 * A fieldset of radio buttons. Controlled when `onChange` is given; otherwise it posts with the form
 * (`defaultValue`). The first option carries the field id, so error links land on the group.
 */
export function RadioGroupField<V extends string>(
  props: GroupProps<V> & { readonly value?: V | undefined; readonly defaultValue?: V | undefined; readonly onChange?: (value: V) => void },
) {
  const { name, legend, description, error, optional, options, value, defaultValue, onChange, className } = props;
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <ChoiceFieldset {...{ legend, description, error, optional, className, hint, fault, describedBy }}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const checked = onChange ? { checked: value === option.value } : { defaultChecked: defaultValue === option.value };
          return (
            <FormField
              key={option.value}
              type="radio"
              label={
                <FormLabel htmlFor={optionId} type="radio">
                  {option.label}
                </FormLabel>
              }
              input={
                <RadioButton
                  id={optionId}
                  name={name}
                  value={option.value}
                  invalid={Boolean(error)}
                  {...checked}
                  onChange={
                    onChange
                      ? () => {
                          onChange(option.value);
                        }
                      : undefined
                  }
                />
              }
            />
          );
        })}
    </ChoiceFieldset>
  );
}

/**
 * A fieldset of checkboxes posting `name` once per checked value. Controlled when `onChange` is given.
 */
export function CheckboxGroupField<V extends string>(
  props: GroupProps<V> & {
    readonly values?: readonly V[];
    readonly defaultValues?: readonly V[];
    readonly onChange?: (values: V[]) => void;
  },
) {
  const { name, legend, description, error, optional, options, values, defaultValues, onChange, className } = props;
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <ChoiceFieldset {...{ legend, description, error, optional, className, hint, fault, describedBy }}>
        {options.map((option, index) => {
          const optionId = index === 0 ? id : `${id}-${option.value}`;
          const checked = onChange
            ? { checked: values?.includes(option.value) ?? false }
            : { defaultChecked: defaultValues?.includes(option.value) ?? false };
          return (
            <FormField
              key={option.value}
              type="checkbox"
              label={
                <FormLabel htmlFor={optionId} type="checkbox">
                  {option.label}
                </FormLabel>
              }
              input={
                <Checkbox
                  id={optionId}
                  name={name}
                  value={option.value}
                  invalid={Boolean(error)}
                  {...checked}
                  onChange={
                    onChange
                      ? (event) => {
                          const current = values ?? [];
                          onChange(event.target.checked ? [...current, option.value] : current.filter((v) => v !== option.value));
                        }
                      : undefined
                  }
                />
              }
            />
          );
        })}
    </ChoiceFieldset>
  );
}

/** A single checkbox with its label, e.g. "Toestemming gevraagd". */
export function CheckboxField({
  name,
  label,
  description,
  error,
  checked,
  defaultChecked,
  onChange,
}: FieldProps & { readonly checked?: boolean; readonly defaultChecked?: boolean; readonly onChange?: (checked: boolean) => void }) {
  const { id, hint, fault, describedBy } = useIds(name, description, error);
  return (
    <FormField
      type="checkbox"
      invalid={Boolean(error)}
      label={
        <FormLabel htmlFor={id} type="checkbox">
          {label}
        </FormLabel>
      }
      {...messageParts({ hint, fault, description, error })}
      input={
        <Checkbox
          id={id}
          name={name}
          value="true"
          invalid={Boolean(error)}
          aria-describedby={describedBy}
          {...(onChange
            ? {
                checked: checked ?? false,
                onChange: (event) => {
                  onChange(event.target.checked);
                },
              }
            : { defaultChecked })}
        />
      }
    />
  );
}
