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
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { CheckboxGroupField, SelectField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDate } from '../i18n/format.ts';
import { processOptions } from '../i18n/process.ts';
import { formText, formTexts } from '../components/formData.ts';
import { TERM_END_RULES, TERM_END_RULE_LABELS } from '@ketentafel/domain';
import type { TermEndRule } from '../api/types.ts';

/** Loads all tables and organisations (administrator only). */
export const tablesLoader = protect(async () => {
  const [tables, organisations] = await Promise.all([api.admin.tables(), api.admin.organisations()]);
  return { tables: tables.tables, organisations: organisations.organisations };
});

/** `/beheer/tafels`: the tables with municipality, process, term and partners, and adding one. */
export function TablesScreen() {
  const { tables, organisations } = useLoaderData<typeof tablesLoader>();
  const revalidator = useRevalidator();
  const { run, problem, errors, busy } = useApiAction();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Tafels');
  const orgName = (id: string) => organisations.find((o) => o.id === id)?.name ?? 'onbekende organisatie';
  const processes = processOptions(tables.map((t) => ({ key: t.processKey, version: t.processVersion })));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const process = processes.find((p) => p.value === formText(form, 'processKey'));
    setSaved(undefined);
    const result = await run(() =>
      api.admin.createTable({
        name: formText(form, 'name'),
        code: formText(form, 'code'),
        municipality: formText(form, 'municipality'),
        organisationId: formText(form, 'organisationId'),
        processKey: process?.key ?? '',
        processVersion: process?.version ?? 0,
        termStart: formText(form, 'termStart'),
        ...(formText(form, 'termEnd') ? { termEnd: formText(form, 'termEnd') } : {}),
        termEndRule: formText(form, 'termEndRule') as TermEndRule,
        successorTableId: formText(form, 'successorTableId') || null,
        partnerIds: formTexts(form, 'partnerIds'),
      }),
    );
    if (!result.ok) return;
    formElement.reset();
    await revalidator.revalidate();
    setSaved(`Tafel ${result.value.name} toegevoegd.`);
  };

  return (
    <>
      <Heading1>Tafels</Heading1>
      <SavedMessage message={saved} />
      <div className="kt-table-scroll">
        <Table>
          <TableCaption>Zorg- en Veiligheidstafels</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Code</TableHeaderCell>
              <TableHeaderCell scope="col">Gemeente</TableHeaderCell>
              <TableHeaderCell scope="col">Werkproces</TableHeaderCell>
              <TableHeaderCell scope="col">Looptijd</TableHeaderCell>
              <TableHeaderCell scope="col">Open casussen aan het einde</TableHeaderCell>
              <TableHeaderCell scope="col">Ketenpartners</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {tables.map((table) => (
              <TableRow key={table.id}>
                <TableCell>{table.name}</TableCell>
                <TableCell>{table.code}</TableCell>
                <TableCell>{table.municipality}</TableCell>
                <TableCell>{processes.find((p) => p.key === table.processKey && p.version === table.processVersion)?.label}</TableCell>
                <TableCell>
                  {formatDate(table.termStart)} t/m {formatDate(table.termEnd)}
                </TableCell>
                <TableCell>
                  {TERM_END_RULE_LABELS[table.termEndRule].label}
                  {table.successorTableId && ` (${tables.find((t) => t.id === table.successorTableId)?.name ?? ''})`}
                </TableCell>
                <TableCell>{table.partnerIds.map(orgName).join(', ')}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      <section aria-labelledby="nieuw-kop" className="kt-section">
        <Heading2 id="nieuw-kop">Tafel toevoegen</Heading2>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextField name="name" label="Naam" error={errors.name} />
          <TextField name="code" label="Code" description="2 tot 6 hoofdletters; het begin van elk casuskenmerk, bijvoorbeeld HIL." error={errors.code} />
          <TextField name="municipality" label="Gemeente" error={errors.municipality} />
          <SelectField name="organisationId" label="Organisatie die de ketenregie voert" defaultValue="" error={errors.organisationId}>
            <SelectOption value="">Kies een organisatie</SelectOption>
            {organisations.map((o) => (
              <SelectOption key={o.id} value={o.id}>
                {o.name}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField name="processKey" label="Werkproces" defaultValue="" error={errors.processKey ?? errors.processVersion}>
            <SelectOption value="">Kies een werkproces</SelectOption>
            {processes.map((p) => (
              <SelectOption key={p.value} value={p.value}>
                {p.label}
              </SelectOption>
            ))}
          </SelectField>
          <TextField name="termStart" type="date" label="Looptijd vanaf" error={errors.termStart} />
          <TextField
            name="termEnd"
            type="date"
            label="Looptijd tot en met"
            optional
            description="Leeg laten: twee jaar, de looptijd van het convenant (ZVT-E.2)."
            error={errors.termEnd}
          />
          <SelectField name="termEndRule" label="Open casussen aan het einde van de looptijd" defaultValue="close-and-apply-retention" error={errors.termEndRule}>
            {TERM_END_RULES.map((rule) => (
              <SelectOption key={rule} value={rule}>
                {TERM_END_RULE_LABELS[rule].label}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField name="successorTableId" label="Opvolgende tafel" optional description="Alleen bij overdragen." defaultValue="" error={errors.successorTableId}>
            <SelectOption value="">Geen</SelectOption>
            {tables.map((t) => (
              <SelectOption key={t.id} value={t.id}>
                {t.name}
              </SelectOption>
            ))}
          </SelectField>
          <CheckboxGroupField
            name="partnerIds"
            legend="Deelnemende ketenpartners"
            optional
            options={organisations.map((o) => ({ value: o.id, label: o.name }))}
            error={errors.partnerIds}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Tafel toevoegen
          </Button>
        </form>
      </section>
    </>
  );
}
