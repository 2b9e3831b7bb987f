import { useCallback, type SubmitEvent } from 'react';
import {
  Button,
  Heading2,
  Heading3,
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
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { CaseDetail, DirectionTransfer, OrganisationRef } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useFetched } from '../app/useFetched.ts';
import { formatDate, today } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { SelectField, TextAreaField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';

function TransferHistory({ transfers }: { readonly transfers: readonly DirectionTransfer[] }) {
  if (transfers.length === 0) return <Paragraph className="kt-empty">De regie is niet overgedragen: de aanmelder heeft de regie sinds de aanmelding.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Overdrachten van de regie</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Datum</TableHeaderCell>
            <TableHeaderCell scope="col">Van</TableHeaderCell>
            <TableHeaderCell scope="col">Naar</TableHeaderCell>
            <TableHeaderCell scope="col">Motivering</TableHeaderCell>
            <TableHeaderCell scope="col">Vastgelegd door</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {transfers.map((transfer) => (
            <TableRow key={transfer.id}>
              <TableCell>{formatDate(transfer.transferredOn)}</TableCell>
              <TableCell>{transfer.from.name}</TableCell>
              <TableCell>{transfer.to.name}</TableCell>
              <TableCell>{transfer.motivation}</TableCell>
              <TableCell>{transfer.recordedBy}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function TransferForm({
  caseId,
  candidates,
  onSaved,
}: {
  readonly caseId: string;
  readonly candidates: readonly OrganisationRef[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      api.transferDirection(caseId, {
        toOrganisationId: formText(form, 'toOrganisationId'),
        transferredOn: formText(form, 'transferredOn'),
        motivation: formText(form, 'motivation'),
      }),
    );
    if (result.ok) {
      formElement.reset();
      await onSaved(`De regie is overgedragen aan ${result.value.to.name}.`);
    }
  };
  return (
    <FieldScope scope="regie">
      <div className="kt-subsection">
        <Heading3>Regie overdragen</Heading3>
        <Paragraph>
          Leg vast wat in het casusoverleg is afgesproken: welke ketenpartner de regie overneemt, vanaf welke datum en waarom. De gemeente voert de
          ketenregie, niet de casusregie, en staat daarom niet in de lijst.
        </Paragraph>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <SelectField name="toOrganisationId" label="Ketenpartner die de regie overneemt" defaultValue="" error={errors.toOrganisationId}>
            <SelectOption value="">Kies een ketenpartner</SelectOption>
            {candidates.map((partner) => (
              <SelectOption key={partner.id} value={partner.id}>
                {partner.name}
              </SelectOption>
            ))}
          </SelectField>
          <TextField
            name="transferredOn"
            type="date"
            label="Datum van overdracht"
            description="De datum van het casusoverleg waarin het is afgesproken; niet in de toekomst."
            defaultValue={today()}
            max={today()}
            error={errors.transferredOn}
          />
          <TextAreaField
            name="motivation"
            label="Motivering"
            description={`Waarom gaat de regie over? Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`}
            rows={3}
            maxLength={2000}
            error={errors.motivation}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Regie overdragen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/**
 * ZVT-3A.2: which partner holds direction over the case, how it passed, and — for the chain director in the
 * case meeting — the form to record a transfer. Loads its own data and reloads whenever the case does.
 */
export function DirectionPanel({ detail, onSaved }: { readonly detail: CaseDetail; readonly onSaved: (message: string) => Promise<void> }) {
  const load = useCallback(() => api.caseDirection(detail.id), [detail]);
  const { data, problem } = useFetched(load);
  return (
    <section aria-labelledby="regie-kop" className="kt-section kt-card">
      <Heading2 id="regie-kop">Regie</Heading2>
      <Paragraph>
        De casusregie ligt bij één ketenpartner; de gemeente voert de ketenregie. De regie kan in het casusoverleg overgaan naar een andere partner.
        De partner die bij afschaling de regie heeft, besluit over afwijken van de bewaartermijn.
      </Paragraph>
      <DataRows rows={[{ key: 'Regie bij', value: detail.directionOrganisation.name }]} />
      <ProblemAlert problem={problem} />
      {data && <TransferHistory transfers={data.transfers} />}
      {data?.abilities.transfer && <TransferForm caseId={detail.id} candidates={data.candidates} onSaved={onSaved} />}
    </section>
  );
}
