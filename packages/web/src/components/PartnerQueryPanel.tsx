import { type SubmitEvent } from 'react';
import {
  Alert,
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
import { api } from '../api/client.ts';
import type { MyTable, PartnerQuery } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { addDays, formatDate, today } from '../i18n/format.ts';
import { SelectField, TextAreaField, TextField } from './Field.tsx';
import { ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';

type Partner = MyTable['partners'][number];

function SentQueries({ queries }: { readonly queries: readonly PartnerQuery[] }) {
  if (queries.length === 0) return <Paragraph className="kt-empty">Er zijn nog geen partnervragen verstuurd.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Verstuurde partnervragen</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Ketenpartner</TableHeaderCell>
            <TableHeaderCell scope="col">Vraag</TableHeaderCell>
            <TableHeaderCell scope="col">Termijn</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {queries.map((query) => (
            <TableRow key={query.id}>
              <TableCell>{query.organisation}</TableCell>
              <TableCell>{query.question}</TableCell>
              <TableCell>{formatDate(query.deadline)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function PartnerQueryForm({
  caseId,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      api.sendPartnerQuery(caseId, {
        organisationId: formText(form, 'organisationId'),
        question: formText(form, 'question'),
        deadline: formText(form, 'deadline'),
      }),
    );
    if (result.ok) {
      formElement.reset();
      await onSaved(`Partnervraag verstuurd aan ${result.value.organisation}.`);
    }
  };
  return (
    <div className="kt-subsection">
      <Heading3>Partnervraag versturen</Heading3>
      <Paragraph>
        Vraag of de partner de jeugdige kent en relevante informatie heeft die hij wil delen voor een integrale aanpak. Schets de casus op hoofdlijnen;
        deel niet meer dan nodig.
      </Paragraph>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField name="organisationId" label="Ketenpartner" defaultValue="" error={errors.organisationId}>
          <SelectOption value="">Kies een ketenpartner</SelectOption>
          {partners.map((partner) => (
            <SelectOption key={partner.id} value={partner.id}>
              {partner.name}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField name="question" label="Vraag" description="Minstens 10 tekens." rows={4} maxLength={1000} error={errors.question} />
        <TextField name="deadline" type="date" label="Antwoord graag vóór" min={addDays(today(), 1)} error={errors.deadline} />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Partnervraag versturen
        </Button>
      </form>
    </div>
  );
}

/**
 * Partner queries of the triage (ZVT-2A.2). The form appears only with the `sendPartnerQuery` ability;
 * while informing is still open the panel says why queries are blocked (ZVT-1.4).
 */
export function PartnerQueryPanel({
  caseId,
  queries,
  canSend,
  blockedByInforming,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly queries: readonly PartnerQuery[];
  readonly canSend: boolean;
  readonly blockedByInforming: boolean;
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="partnervragen-kop" className="kt-section kt-card">
      <Heading2 id="partnervragen-kop">Partnervragen</Heading2>
      {!canSend && blockedByInforming && (
        <Alert type="info">
          <Paragraph>
            Partnervragen kunnen pas worden verstuurd na informeren of gemotiveerd uitstel (ZVT-1.4). Is de geplande datum van
            een uitstel verstreken, leg dan vast dat is geïnformeerd of stel opnieuw gemotiveerd uit.
          </Paragraph>
        </Alert>
      )}
      <SentQueries queries={queries} />
      {canSend && <PartnerQueryForm caseId={caseId} partners={partners} onSaved={onSaved} />}
    </section>
  );
}
