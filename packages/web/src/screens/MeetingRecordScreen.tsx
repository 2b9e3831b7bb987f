import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useNavigate, useRevalidator } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph, PreHeading, SelectOption } from '@utrecht/component-library-react';
import { ANSWER_CATEGORIES, DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { notFound } from '../api/client.ts';
import type { MeetingRecord, MeetingRecordOutcome } from '../api/meeting-record-types.ts';
import { meetingRecordApi } from '../api/meeting-records.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from '../components/DataRows.tsx';
import { CheckboxGroupField, RadioGroupField, SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert } from '../components/FormErrors.tsx';
import { AppLink } from '../components/Links.tsx';
import { PlanActionsTable } from '../components/PlanActionsTable.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formText, formTexts } from '../components/formData.ts';
import { formatDate } from '../i18n/format.ts';
import { CONTRIBUTION_KIND_LABELS, labelOf } from '../i18n/labels.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const meetingRecordLoader = protect(async ({ params }) => {
  const meetingId = params.meetingId ?? '';
  const itemId = params.agendaItemId ?? '';
  if (!UUID.test(meetingId) || !UUID.test(itemId)) throw notFound();
  return meetingRecordApi.get(meetingId, itemId);
});

type Saved = (message: string) => Promise<void>;

/** ZVT-3A.2: the shared situation picture and the case director. */
function PictureAndDirector({ record, onSaved }: { readonly record: MeetingRecord; readonly onSaved: Saved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const director = formText(form, 'caseDirectorUserId');
    const text = formText(form, 'situationPicture.text');
    // An empty picture is left out when one exists or only the case director is chosen; otherwise the server says what is missing.
    const withPicture = text.trim() !== '' || (record.situationPicture === null && !director);
    const result = await run(() =>
      meetingRecordApi.save(record.meeting.id, record.agendaItemId, {
        ...(withPicture ? { situationPicture: { text, category: formText(form, 'situationPicture.category') } } : {}),
        ...(director ? { caseDirectorUserId: director } : {}),
      }),
    );
    if (result.ok) await onSaved('Toestandsbeeld en casusregisseur vastgelegd.');
  };
  return (
    <section aria-labelledby="beeld-kop" className="kt-section kt-card">
      <Heading2 id="beeld-kop">Toestandsbeeld en casusregisseur</Heading2>
      <FieldScope scope="beeld">
        <ProblemAlert problem={problem} labels={{ 'situationPicture.text': 'Toestandsbeeld', caseDirectorUserId: 'Casusregisseur' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextAreaField
            name="situationPicture.text"
            label="Gezamenlijk toestandsbeeld"
            description="Wat de deelnemers samen zien. Dit is een bijdrage van de ketenregie: ketenpartners zien het alleen als u het vrijgeeft (ZVT-3A.3)."
            rows={5}
            maxLength={5000}
            defaultValue={record.situationPicture?.text ?? ''}
            error={errors['situationPicture.text']}
          />
          <SelectField name="situationPicture.category" label="Soort gegevens in het toestandsbeeld" defaultValue={record.situationPicture?.category ?? 'care'} error={errors['situationPicture.category']}>
            {ANSWER_CATEGORIES.map((c) => (
              <SelectOption key={c} value={c}>
                {DATA_CATEGORY_LABELS[c]}
              </SelectOption>
            ))}
          </SelectField>
          <SelectField name="caseDirectorUserId" label="Casusregisseur" description="Een professional van een uitgenodigde ketenpartner; nooit de gemeente (ZVT-E.1)." defaultValue={record.caseDirector?.userId ?? ''} error={errors.caseDirectorUserId}>
            <SelectOption value="">Nog niet afgesproken</SelectOption>
            {record.options.caseDirectorCandidates.map((c) => (
              <SelectOption key={c.userId} value={c.userId}>
                {c.name} ({c.organisation.name})
              </SelectOption>
            ))}
          </SelectField>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Toestandsbeeld en casusregisseur opslaan
          </Button>
        </form>
      </FieldScope>
    </section>
  );
}

/** ZVT-3A.2, ZVT-3A.3: who does what, by when, and which data that partner needs (the owner decides). */
function AddAction({ record, onSaved }: { readonly record: MeetingRecord; readonly onSaved: Saved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() =>
      meetingRecordApi.addAction(record.meeting.id, record.agendaItemId, {
        ownerOrganisationId: formText(form, 'ownerOrganisationId'),
        description: formText(form, 'description'),
        dueOn: formText(form, 'dueOn'),
        contributionIds: formTexts(form, 'contributionIds'),
      }),
    );
    if (result.ok) {
      formElement.reset();
      await onSaved('Actie toegevoegd aan het plan van aanpak.');
    }
  };
  return (
    <FieldScope scope="actie">
      <ProblemAlert problem={problem} labels={{ ownerOrganisationId: 'Wie', description: 'Wat', dueOn: 'Uiterlijk', contributionIds: 'Benodigde gegevens' }} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form" aria-labelledby="actie-kop">
        <Heading2 id="actie-kop">Actie toevoegen</Heading2>
        <SelectField name="ownerOrganisationId" label="Wie (uitgenodigde ketenpartner)" defaultValue="" error={errors.ownerOrganisationId}>
          <SelectOption value="">Kies een ketenpartner</SelectOption>
          {record.options.invitedOrganisations.map((o) => (
            <SelectOption key={o.id} value={o.id}>
              {o.name}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField name="description" label="Wat" rows={2} maxLength={1000} error={errors.description} />
        <TextField name="dueOn" type="date" label="Uiterlijk" description={`Op of na de vergaderdag (${formatDate(record.meeting.date)}).`} error={errors.dueOn} />
        <CheckboxGroupField
          name="contributionIds"
          legend="Gegevens die deze partner voor de actie nodig heeft"
          description="De eigenaar van elk gegeven beslist of het voor deze actie wordt vrijgegeven."
          optional
          options={record.options.contributions.map((c) => ({ value: c.id, label: `${labelOf(CONTRIBUTION_KIND_LABELS, c.kind)} van ${c.owner.name} (${labelOf(DATA_CATEGORY_LABELS, c.category)})` }))}
          error={errors.contributionIds}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Actie toevoegen
        </Button>
      </form>
    </FieldScope>
  );
}

/** ZVT-3A.5: the motivated outcome. */
function OutcomeForm({ record, onDone }: { readonly record: MeetingRecord; readonly onDone: (outcome: MeetingRecordOutcome, deleted: boolean) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [outcome, setOutcome] = useState<MeetingRecordOutcome>();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const plan = outcome === 'plan-with-monitoring';
    const result = await run(() =>
      meetingRecordApi.decideOutcome(record.meeting.id, record.agendaItemId, {
        outcome: outcome ?? '',
        motivation: formText(form, 'motivation'),
        ...(plan ? { monitoringOn: formText(form, 'monitoringOn'), monitoringWithOrganisationIds: formTexts(form, 'monitoringWithOrganisationIds') } : {}),
      }),
    );
    if (result.ok) await onDone(result.value.outcome, result.value.deleted);
  };
  return (
    <section aria-labelledby="uitkomst-kop" className="kt-section kt-card">
      <Heading2 id="uitkomst-kop">Uitkomst van het casusoverleg</Heading2>
      <FieldScope scope="uitkomst">
        <ProblemAlert problem={problem} labels={{ outcome: 'Uitkomst', motivation: 'Motivering', monitoringOn: 'Datum monitoring', monitoringWithOrganisationIds: 'Met wie' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <RadioGroupField<MeetingRecordOutcome> name="outcome" legend="Uitkomst" options={record.options.outcomes.map((o) => ({ value: o.id, label: o.label }))} value={outcome} onChange={setOutcome} error={errors.outcome} />
          {outcome === 'other-table' && (
            <Alert type="warning">
              <Paragraph>Bij deze uitkomst worden alle gegevens van de casus direct verwijderd; de aanmelder krijgt de motivering als bericht.</Paragraph>
            </Alert>
          )}
          {outcome === 'scale-down' && <Paragraph>De casus gaat naar fase 4A (afschaling); de bewaartermijn begint op de vergaderdag (ZVT-4A.1).</Paragraph>}
          {outcome === 'plan-with-monitoring' && (
            <>
              <TextField name="monitoringOn" type="date" label="Datum monitoring" description="Wanneer de casus terugkomt; na de vergaderdag." error={errors.monitoringOn} />
              <CheckboxGroupField name="monitoringWithOrganisationIds" legend="Met wie" options={record.options.tablePartners.map((p) => ({ value: p.id, label: p.name }))} error={errors.monitoringWithOrganisationIds} />
            </>
          )}
          <TextAreaField name="motivation" label="Motivering" description="Minstens 20 tekens. Bij een andere tafel geen persoonsgegevens: de aanmelder krijgt deze tekst." rows={3} maxLength={2000} error={errors.motivation} />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Uitkomst vastleggen
          </Button>
        </form>
      </FieldScope>
    </section>
  );
}

/**
 * `/overleggen/:meetingId/agendapunten/:agendaItemId/verslag`: the chain director records one agenda item of the
 * case meeting (ZVT-3A.2 – ZVT-3A.5), from the meeting day on.
 */
export function MeetingRecordScreen() {
  const record = useLoaderData<typeof meetingRecordLoader>();
  return <RecordView key={record.agendaItemId} record={record} />;
}

function RecordView({ record }: { readonly record: MeetingRecord }) {
  const revalidator = useRevalidator();
  const navigate = useNavigate();
  const remove = useApiAction();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`Verslag: ${record.case.title}`);
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  const onOutcome = async (outcome: MeetingRecordOutcome, deleted: boolean) => {
    if (deleted) {
      await navigate(`/overleggen/${record.meeting.id}`, { state: { saved: `De casus ${record.case.reference} hoort op een andere tafel; de gegevens zijn verwijderd.` } });
      return;
    }
    await onSaved(outcome === 'scale-down' ? 'Afschaling vastgelegd: de casus is in fase 4A.' : 'Plan van aanpak met monitoring vastgelegd.');
  };
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>Verslag casusoverleg {formatDate(record.meeting.date)}</PreHeading>
        <Heading1>{record.case.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <Paragraph>
        <AppLink to={`/overleggen/${record.meeting.id}`}>Terug naar het overleg</AppLink> · <AppLink to={`/overleggen/${record.meeting.id}/verslag`}>Verslag van het overleg</AppLink> ·{' '}
        <AppLink to={`/casussen/${record.case.id}`}>Naar de casus {record.case.reference}</AppLink>
      </Paragraph>
      {record.refusal && (
        <Alert type="info">
          <Paragraph>{record.refusal}</Paragraph>
        </Alert>
      )}
      <DataRows
        rows={[
          { key: 'Kenmerk', value: record.case.reference },
          { key: 'Uitgenodigd', value: record.options.invitedOrganisations.map((o) => o.name).join(', ') },
          { key: 'Toestandsbeeld', value: record.situationPicture?.text ?? 'Nog niet vastgelegd' },
          { key: 'Casusregisseur', value: record.caseDirector ? `${record.caseDirector.name} (${record.caseDirector.organisation.name})` : 'Nog niet afgesproken' },
          ...(record.outcome
            ? [
                { key: 'Uitkomst', value: `${record.outcome.label} (${formatDate(record.outcome.decidedOn)})` },
                ...(record.outcome.monitoringOn ? [{ key: 'Monitoring', value: `${formatDate(record.outcome.monitoringOn)} met ${record.outcome.monitoringWith.map((o) => o.name).join(', ')}` }] : []),
                { key: 'Motivering', value: record.outcome.motivation ?? '' },
              ]
            : []),
        ]}
      />
      {record.abilities.record && <PictureAndDirector record={record} onSaved={onSaved} />}
      <section aria-labelledby="plan-kop" className="kt-section kt-card">
        <Heading2 id="plan-kop">Plan van aanpak</Heading2>
        <ProblemAlert problem={remove.problem} />
        <PlanActionsTable
          caption="Acties van het plan van aanpak"
          actions={record.actions}
          empty="Er zijn nog geen acties."
          onRemove={
            record.abilities.record
              ? (action) => {
                  void remove.run(() => meetingRecordApi.removeAction(record.meeting.id, record.agendaItemId, action.id)).then(async (result) => {
                    if (result.ok) await onSaved('Actie uit het plan gehaald; vrijgaven ervoor zijn ingetrokken.');
                  });
                }
              : undefined
          }
        />
        {record.abilities.record && <AddAction record={record} onSaved={onSaved} />}
      </section>
      {record.abilities.record && <OutcomeForm record={record} onDone={onOutcome} />}
    </>
  );
}
