import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Button, Heading1, Heading2, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { ESCALATION_DECISIONS, ESCALATION_DECISION_LABELS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import { steeringApi } from '../api/steering.ts';
import type { Escalation, EscalationDecision, SteeringGroupRole } from '../api/steering-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from '../components/DataRows.tsx';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { TablePicker, chosenTable } from '../components/TablePicker.tsx';
import { formText } from '../components/formData.ts';
import { formatDate, formatDateTime, today } from '../i18n/format.ts';

/** Loads the steering group, the escalations and the open cases (by reference) of the chosen table. */
export const steeringGroupLoader = protect(async ({ request }) => {
  const { tables } = await api.myTables();
  const table = chosenTable(request, tables);
  if (!table) return { tables, table, group: undefined, escalations: [], cases: [] };
  const [group, escalations, cases] = await Promise.all([
    steeringApi.steeringGroup(table.id),
    steeringApi.escalations(table.id),
    api.cases({ tableId: table.id }),
  ]);
  return { tables, table, group, escalations: escalations.escalations, cases: cases.cases.map((c) => ({ id: c.id, reference: c.reference, phaseName: c.phaseName })) };
});

const ROLE_LABELS: Readonly<Record<SteeringGroupRole, string>> = { mayor: 'Burgemeester', alderman: 'Wethouder' };

function DecisionForm({ tableId, escalation, onSaved }: { readonly tableId: string; readonly escalation: Escalation; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await run(() =>
      steeringApi.recordDecision(tableId, escalation.id, {
        decidedOn: formText(form, 'decidedOn'),
        decision: formText(form, 'decision') as EscalationDecision,
        text: formText(form, 'text'),
      }),
    );
    if (result.ok) await onSaved(`Besluit van de stuurgroep over ${escalation.caseReference} vastgelegd.`);
  };
  return (
    <FieldScope scope={`besluit-${escalation.id}`}>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form" aria-label={`Besluit over ${escalation.caseReference} vastleggen`}>
        <TextField name="decidedOn" type="date" label="Datum van het besluit" max={today()} error={errors.decidedOn} />
        <SelectField name="decision" label="Besluit" defaultValue="" error={errors.decision}>
          <SelectOption value="">Kies het besluit</SelectOption>
          {ESCALATION_DECISIONS.map((d) => (
            <SelectOption key={d} value={d}>
              {ESCALATION_DECISION_LABELS[d]}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField name="text" label="Toelichting" description="Zonder namen of andere herleidbare gegevens." rows={3} maxLength={4000} error={errors.text} />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          Besluit vastleggen
        </Button>
      </form>
    </FieldScope>
  );
}

function EscalationItem({ tableId, escalation, onSaved }: { readonly tableId: string; readonly escalation: Escalation; readonly onSaved: (message: string) => Promise<void> }) {
  return (
    <article className="kt-subsection" aria-labelledby={`opschaling-${escalation.id}`}>
      <Heading3 id={`opschaling-${escalation.id}`}>
        {escalation.caseReference} — opgeschaald op {formatDateTime(escalation.escalatedAt)}
      </Heading3>
      <DataRows
        rows={[
          { key: 'Samenvatting', value: escalation.summary },
          { key: 'Vraag aan de stuurgroep', value: escalation.question },
          { key: 'Opgeschaald door', value: escalation.escalatedBy },
          ...(escalation.decision
            ? [
                { key: 'Besluit', value: `${ESCALATION_DECISION_LABELS[escalation.decision.decision]} (${formatDate(escalation.decision.decidedOn)})` },
                { key: 'Toelichting', value: escalation.decision.text },
                { key: 'Vastgelegd door', value: escalation.decision.recordedBy },
              ]
            : [{ key: 'Besluit', value: 'Nog niet genomen' }]),
        ]}
      />
      {!escalation.decision && <DecisionForm tableId={tableId} escalation={escalation} onSaved={onSaved} />}
    </article>
  );
}

/** `/stuurgroep`: the table's steering group (ZVT-E.1), escalating a stuck procedural matter, and its decisions. */
export function SteeringGroupScreen() {
  const { tables, table, group, escalations, cases } = useLoaderData<typeof steeringGroupLoader>();
  const revalidator = useRevalidator();
  const escalate = useApiAction();
  const composition = useApiAction();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Stuurgroep');
  if (!table) {
    return (
      <>
        <Heading1>Stuurgroep</Heading1>
        <Paragraph>U bent geen ketenregisseur van een tafel.</Paragraph>
      </>
    );
  }
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  const submitEscalation = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setSaved(undefined);
    const result = await escalate.run(() =>
      steeringApi.escalate(table.id, { caseId: formText(form, 'caseId'), summary: formText(form, 'summary'), question: formText(form, 'question') }),
    );
    if (!result.ok) return;
    formElement.reset();
    await onSaved(`Casus ${result.value.caseReference} is opgeschaald naar de stuurgroep.`);
  };
  const submitComposition = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSaved(undefined);
    const result = await composition.run(() =>
      steeringApi.updateSteeringGroup(table.id, [
        { role: 'mayor', title: formText(form, 'mayor') },
        { role: 'alderman', title: formText(form, 'alderman') },
      ]),
    );
    if (result.ok) await onSaved('Samenstelling van de stuurgroep opgeslagen.');
  };

  return (
    <>
      <Heading1>Stuurgroep {table.name}</Heading1>
      <Paragraph>
        Elke tafel heeft een bestuurlijke stuurgroep: de burgemeester (openbare orde en veiligheid) en de wethouder (jeugd)zorg. Procesmatige zaken
        binnen een casus die vastlopen, schaalt u als ketenregisseur op naar de stuurgroep. De gemeente voert ketenregie, geen casusregie (ZVT-E.1).
      </Paragraph>
      <TablePicker tables={tables} current={table} />
      <SavedMessage message={saved} />

      <section aria-labelledby="samenstelling-kop" className="kt-section">
        <Heading2 id="samenstelling-kop">Samenstelling</Heading2>
        <Paragraph>De stuurgroep wordt vastgelegd per functie; haar leden loggen niet in. U legt hun besluiten vast.</Paragraph>
        <DataRows rows={group.members.map((m) => ({ key: ROLE_LABELS[m.role], value: m.title }))} />
        <FieldScope scope="samenstelling">
          <ProblemAlert problem={composition.problem} />
          <form noValidate onSubmit={(event) => void submitComposition(event)} className="kt-form" aria-label="Samenstelling wijzigen">
            {group.members.map((m) => (
              <TextField key={m.role} name={m.role} label={`Functie ${ROLE_LABELS[m.role].toLowerCase()}`} defaultValue={m.title} error={composition.errors.members} />
            ))}
            <Button type="submit" appearance="secondary-action-button" busy={composition.busy} disabled={composition.busy}>
              Samenstelling opslaan
            </Button>
          </form>
        </FieldScope>
      </section>

      <section aria-labelledby="opschalen-kop" className="kt-section">
        <Heading2 id="opschalen-kop">Opschalen naar de stuurgroep</Heading2>
        <Paragraph>
          Wat naar de stuurgroep gaat is gepseudonimiseerd: de casus heet alleen bij haar kenmerk, en de samenvatting bevat geen naam, geboortedatum,
          adres of andere gegevens waarmee iemand te herkennen is. Ketentafel controleert dat tegen de gegevens van de casus.
        </Paragraph>
        <FieldScope scope="opschalen">
          <ProblemAlert problem={escalate.problem} />
          <form noValidate onSubmit={(event) => void submitEscalation(event)} className="kt-form" aria-label="Opschalen">
            <SelectField name="caseId" label="Casus (kenmerk)" defaultValue="" error={escalate.errors.caseId}>
              <SelectOption value="">Kies een casus</SelectOption>
              {cases.map((c) => (
                <SelectOption key={c.id} value={c.id}>
                  {c.reference} ({c.phaseName})
                </SelectOption>
              ))}
            </SelectField>
            <TextAreaField
              name="summary"
              label="Gepseudonimiseerde samenvatting"
              description="Welke procesmatige zaak loopt vast, en wat is al geprobeerd? Minstens 20 tekens, zonder persoonsgegevens."
              rows={4}
              maxLength={4000}
              error={escalate.errors.summary}
            />
            <TextAreaField name="question" label="Vraag aan de stuurgroep" rows={2} maxLength={4000} error={escalate.errors.question} />
            <Button type="submit" appearance="primary-action-button" busy={escalate.busy} disabled={escalate.busy}>
              Opschalen naar de stuurgroep
            </Button>
          </form>
        </FieldScope>
      </section>

      <section aria-labelledby="opschalingen-kop" className="kt-section">
        <Heading2 id="opschalingen-kop">Opschalingen</Heading2>
        {escalations.length === 0 ? (
          <Paragraph className="kt-empty">Er is nog niets opgeschaald.</Paragraph>
        ) : (
          escalations.map((e) => <EscalationItem key={e.id} tableId={table.id} escalation={e} onSaved={onSaved} />)
        )}
      </section>
    </>
  );
}
