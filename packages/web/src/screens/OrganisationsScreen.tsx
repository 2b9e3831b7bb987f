import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Button,
  Heading1,
  Heading2,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { OrganisationKind } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { ORGANISATION_KIND_LABELS } from '../i18n/labels.ts';
import { formText } from '../components/formData.ts';

/** Loads all organisations (administrator only). */
export const organisationsLoader = protect(async () => (await api.admin.organisations()).organisations);

const KINDS = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];

/** `/beheer/organisaties`: the covenant partners, and adding one. */
export function OrganisationsScreen() {
  const organisations = useLoaderData<typeof organisationsLoader>();
  const revalidator = useRevalidator();
  const { run, problem, errors, busy } = useApiAction();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Organisaties');

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(undefined);
    const result = await run(() =>
      api.admin.createOrganisation({ name: formText(form, 'name'), kind: formText(form, 'kind') as OrganisationKind }),
    );
    if (!result.ok) return;
    formElement.reset();
    await revalidator.revalidate();
    setSaved(`Organisatie ${result.value.name} toegevoegd.`);
  };

  return (
    <>
      <Heading1>Organisaties</Heading1>
      <SavedMessage message={saved} />
      <div className="kt-table-scroll">
        <Table>
          <TableCaption>Ketenpartners en gemeenten</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Soort</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {organisations.map((organisation) => (
              <TableRow key={organisation.id}>
                <TableCell>{organisation.name}</TableCell>
                <TableCell>{ORGANISATION_KIND_LABELS[organisation.kind]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <section aria-labelledby="nieuw-kop" className="kt-section">
        <Heading2 id="nieuw-kop">Organisatie toevoegen</Heading2>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextField name="name" label="Naam" autoComplete="organization" error={errors.name} />
          <SelectField name="kind" label="Soort organisatie" defaultValue="" error={errors.kind}>
            <SelectOption value="">Kies een soort</SelectOption>
            {KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {ORGANISATION_KIND_LABELS[kind]}
              </SelectOption>
            ))}
          </SelectField>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Organisatie toevoegen
          </Button>
        </form>
      </section>
    </>
  );
}
