import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  SelectOption,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { POLICY_SIGNAL_KINDS, POLICY_SIGNAL_KIND_LABELS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import { saveFile, steeringApi } from '../api/steering.ts';
import type { PolicySignalKind } from '../api/steering-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { TablePicker, chosenTable } from '../components/TablePicker.tsx';
import { formText } from '../components/formData.ts';
import { formatDateTime } from '../i18n/format.ts';

/** Loads the policy signals of the chosen table. */
export const signalsLoader = protect(async ({ request }) => {
  const { tables } = await api.myTables();
  const table = chosenTable(request, tables);
  const signals = table ? (await steeringApi.signals(table.id)).signals : [];
  return { tables, table, signals };
});

/** `/signalen`: the table's policy signals — neighbourhood problems, gaps in chain cooperation — without personal data. */
export function SignalsScreen() {
  const { tables, table, signals } = useLoaderData<typeof signalsLoader>();
  const revalidator = useRevalidator();
  const record = useApiAction();
  const download = useApiAction();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Signalen');
  if (!table) {
    return (
      <>
        <Heading1>Signalen</Heading1>
        <Paragraph>U bent geen ketenregisseur van een tafel.</Paragraph>
      </>
    );
  }
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(undefined);
    const result = await record.run(() =>
      steeringApi.recordSignal(table.id, { kind: formText(form, 'kind') as PolicySignalKind, area: formText(form, 'area'), description: formText(form, 'description') }),
    );
    if (!result.ok) return;
    formElement.reset();
    await revalidator.revalidate();
    setSaved('Signaal vastgelegd.');
  };
  return (
    <>
      <Heading1>Signalen {table.name}</Heading1>
      <Paragraph>
        Naast de casussen signaleert de tafel problemen van jeugdigen in de wijk en lacunes in de ketensamenwerking. De stuurgroep wordt bij deze
        beleidssignalen betrokken. Een signaal bevat geen persoonsgegevens: geen namen, adressen, geboortedata of andere herleidbare gegevens.
      </Paragraph>
      <TablePicker tables={tables} current={table} />
      <SavedMessage message={saved} />
      <section aria-labelledby="nieuw-signaal-kop" className="kt-section">
        <Heading2 id="nieuw-signaal-kop">Signaal vastleggen</Heading2>
        <ProblemAlert problem={record.problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form" aria-label="Signaal vastleggen">
          <SelectField name="kind" label="Soort signaal" defaultValue="" error={record.errors.kind}>
            <SelectOption value="">Kies de soort</SelectOption>
            {POLICY_SIGNAL_KINDS.map((kind) => (
              <SelectOption key={kind} value={kind}>
                {POLICY_SIGNAL_KIND_LABELS[kind]}
              </SelectOption>
            ))}
          </SelectField>
          <TextField name="area" label="Gebied" description="Wijk, buurt of plek, zonder adres. Bijvoorbeeld: Centrum, Stationsgebied." maxLength={200} error={record.errors.area} />
          <TextAreaField name="description" label="Omschrijving" description="Minstens 20 tekens, zonder persoonsgegevens." rows={4} maxLength={4000} error={record.errors.description} />
          <Button type="submit" appearance="primary-action-button" busy={record.busy} disabled={record.busy}>
            Signaal vastleggen
          </Button>
        </form>
      </section>
      <section aria-labelledby="signalen-kop" className="kt-section">
        <Heading2 id="signalen-kop">Vastgelegde signalen</Heading2>
        <ProblemAlert problem={download.problem} />
        {signals.length === 0 ? (
          <Paragraph className="kt-empty">Er zijn nog geen signalen vastgelegd.</Paragraph>
        ) : (
          <>
            <Paragraph>
              <Button
                appearance="secondary-action-button"
                busy={download.busy}
                disabled={download.busy}
                onClick={() => {
                  void download.run(() => steeringApi.exportSignals(table.id)).then((result) => {
                    if (result.ok) saveFile(result.value);
                  });
                }}
              >
                Signalen downloaden (CSV)
              </Button>
            </Paragraph>
            <div className="kt-table-scroll">
              <Table>
                <TableCaption className="kt-visually-hidden">Vastgelegde signalen, nieuwste eerst</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">Vastgelegd</TableHeaderCell>
                    <TableHeaderCell scope="col">Soort</TableHeaderCell>
                    <TableHeaderCell scope="col">Gebied</TableHeaderCell>
                    <TableHeaderCell scope="col">Omschrijving</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {signals.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>{formatDateTime(s.recordedAt)}</TableCell>
                      <TableCell>{POLICY_SIGNAL_KIND_LABELS[s.kind]}</TableCell>
                      <TableCell>{s.area}</TableCell>
                      <TableCell>{s.description}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </div>
          </>
        )}
      </section>
    </>
  );
}
