import { useState, type SubmitEvent } from 'react';
import { Button, ButtonGroup, Heading2, SelectOption } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { AdminTable, AdminUser, Organisation, Role } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { ROLE_LABELS } from '../i18n/labels.ts';
import { CheckboxField, CheckboxGroupField, SelectField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { formText, formTexts } from './formData.ts';

const ROLES = Object.keys(ROLE_LABELS) as Role[];
const tableChoices = (tables: readonly AdminTable[]) => tables.map((t) => ({ value: t.id, label: `${t.name} (${t.code})` }));

function RoleOptions() {
  return (
    <>
      {ROLES.map((role) => (
        <SelectOption key={role} value={role}>
          {ROLE_LABELS[role]}
        </SelectOption>
      ))}
    </>
  );
}

/** Adds a user with role, organisation and tables. */
export function UserCreateForm({
  organisations,
  tables,
  onSaved,
}: {
  readonly organisations: readonly Organisation[];
  readonly tables: readonly AdminTable[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      api.admin.createUser({
        displayName: formText(form, 'displayName'),
        email: formText(form, 'email'),
        role: formText(form, 'role') as Role,
        organisationId: formText(form, 'organisationId'),
        tableIds: formTexts(form, 'tableIds'),
      }),
    );
    if (!result.ok) return;
    formElement.reset();
    await onSaved(`Gebruiker ${result.value.displayName} toegevoegd.`);
  };
  return (
    <section aria-labelledby="nieuw-kop" className="kt-section">
      <Heading2 id="nieuw-kop">Gebruiker toevoegen</Heading2>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <TextField name="displayName" label="Naam" autoComplete="off" error={errors.displayName} />
        <TextField name="email" type="email" label="E-mailadres" description="Het adres waarmee de gebruiker inlogt." autoComplete="off" error={errors.email} />
        <SelectField name="role" label="Rol" defaultValue="" error={errors.role}>
          <SelectOption value="">Kies een rol</SelectOption>
          <RoleOptions />
        </SelectField>
        <SelectField name="organisationId" label="Organisatie" defaultValue="" error={errors.organisationId}>
          <SelectOption value="">Kies een organisatie</SelectOption>
          {organisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </SelectField>
        <CheckboxGroupField name="tableIds" legend="Tafels" optional options={tableChoices(tables)} error={errors.tableIds} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Gebruiker toevoegen
        </Button>
      </form>
    </section>
  );
}

/** Changes one user's role, tables or active status (PATCH); a change of role or deactivation ends their sessions. */
export function UserEditForm({
  headingId,
  user,
  tables,
  onSaved,
  onCancel,
}: {
  readonly headingId: string;
  readonly user: AdminUser;
  readonly tables: readonly AdminTable[];
  readonly onSaved: (message: string) => Promise<void>;
  readonly onCancel: () => void;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const [role, setRole] = useState<Role>(user.role);
  const [tableIds, setTableIds] = useState<string[]>([...user.tableIds]);
  const [active, setActive] = useState(user.active);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() => api.admin.updateUser(user.id, { role, tableIds, active }));
    if (result.ok) await onSaved(`Gebruiker ${result.value.displayName} gewijzigd.`);
  };
  return (
    <FieldScope scope="wijzigen">
    <section aria-labelledby={headingId} className="kt-section kt-card">
      <Heading2 id={headingId} tabIndex={-1}>
        {user.displayName} wijzigen
      </Heading2>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField
          name="role"
          label="Rol"
          description="Een andere rol beëindigt de sessies van deze gebruiker."
          value={role}
          error={errors.role}
          onChange={(event) => {
            setRole(event.target.value as Role);
          }}
        >
          <RoleOptions />
        </SelectField>
        <CheckboxGroupField name="tableIds" legend="Tafels" optional options={tableChoices(tables)} values={tableIds} error={errors.tableIds} onChange={setTableIds} />
        <CheckboxField name="active" label="Account actief" description="Uitschakelen beëindigt de sessies van deze gebruiker." checked={active} error={errors.active} onChange={setActive} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Wijzigingen opslaan
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        </ButtonGroup>
      </form>
    </section>
    </FieldScope>
  );
}
