import { type SubmitEvent } from 'react';
import { Alert, Button, Heading2, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { MEETING_KIND_DEFINITIONS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { AgendaCandidate, AgendaItem, MeetingDetail } from '../api/meeting-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { meetingKindLabel, partnerKindLabel } from '../i18n/meetings.ts';
import { DataRows } from './DataRows.tsx';
import { CheckboxGroupField, SelectField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { formText, formTexts } from './formData.ts';
import { AppLink } from './Links.tsx';

type OnSaved = (message: string) => Promise<void>;

/** ZVT-3A.1: the chain director invites partners per agenda item; suggestions come from the triage. */
function InvitationForm({ meeting, item, onSaved }: { readonly meeting: MeetingDetail; readonly item: AgendaItem; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() => api.meetings.invite(meeting.id, item.id, formTexts(new FormData(event.currentTarget), 'organisationIds')));
    if (result.ok) {
      const names = result.value.invitations.map((i) => i.name).join(', ');
      await onSaved(names ? `Uitgenodigd voor ${item.case.title}: ${names}.` : `Voor ${item.case.title} is niemand uitgenodigd.`);
    }
  };
  const suggested = new Set(item.suggestedOrganisationIds);
  return (
    <FieldScope scope={`punt-${item.id}`}>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <CheckboxGroupField
          name="organisationIds"
          legend={`Uitnodigen voor ${item.case.title}`}
          description="Alleen uitgenodigde partners zien dit agendapunt en de naam. Voorgesteld: de aanmelder en de partners uit de triage."
          optional
          options={meeting.partners.map((p) => ({ value: p.id, label: suggested.has(p.id) ? `${p.name} (voorgesteld)` : p.name }))}
          defaultValues={item.invitations.map((i) => i.id)}
          error={errors.organisationIds}
        />
        <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
          Uitnodigingen opslaan: {item.case.title}
        </Button>
      </form>
    </FieldScope>
  );
}

function RemoveItem({ meeting, item, onSaved }: { readonly meeting: MeetingDetail; readonly item: AgendaItem; readonly onSaved: OnSaved }) {
  const { run, problem, busy } = useApiAction();
  return (
    <>
      <ProblemAlert problem={problem} />
      <Button
        appearance="subtle-button"
        busy={busy}
        disabled={busy}
        onClick={() => {
          void run(() => api.meetings.removeItem(meeting.id, item.id)).then(async (result) => {
            if (result.ok) await onSaved(`${item.case.title} is van de agenda gehaald.`);
          });
        }}
      >
        Van de agenda halen: {item.case.title}
      </Button>
    </>
  );
}

function AgendaItemView({ meeting, item, onSaved }: { readonly meeting: MeetingDetail; readonly item: AgendaItem; readonly onSaved: OnSaved }) {
  const minimum = MEETING_KIND_DEFINITIONS[meeting.kind].minimumPartnerKinds.map(partnerKindLabel).join(', ');
  return (
    <section aria-labelledby={`punt-${item.id}-kop`} className="kt-subsection">
      <Heading3 id={`punt-${item.id}-kop`}>{item.case.title}</Heading3>
      <DataRows
        rows={[
          { key: 'Kenmerk', value: item.case.reference },
          { key: 'Doel van de bespreking', value: item.goal },
          { key: 'Uitgenodigd', value: item.invitations.length === 0 ? 'Nog niemand' : item.invitations.map((i) => i.name).join(', ') },
        ]}
      />
      {meeting.kind === 'focus' && <Paragraph><AppLink to={`/overleggen/${meeting.id}/agendapunten/${item.id}`}>Vrijgegeven voor dit overleg: {item.case.title}</AppLink></Paragraph>}
      {item.missingMinimumPartnerKinds.length > 0 && (
        <Alert type="warning">
          <Paragraph>
            Aan een {meetingKindLabel(meeting.kind).toLowerCase()} nemen in ieder geval {minimum} deel. Nog niet uitgenodigd:{' '}
            {item.missingMinimumPartnerKinds.map(partnerKindLabel).join(', ')}.
          </Paragraph>
        </Alert>
      )}
      {meeting.abilities.manageAgenda && (
        <>
          <InvitationForm meeting={meeting} item={item} onSaved={onSaved} />
          <RemoveItem meeting={meeting} item={item} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}

/** ZVT-3A.1: puts a case on the agenda; only cases the procedure admits to this meeting are offered (and accepted). */
function AddItemForm({ meeting, candidates, onSaved }: { readonly meeting: MeetingDetail; readonly candidates: readonly AgendaCandidate[]; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() => api.meetings.addItem(meeting.id, { caseId: formText(form, 'caseId'), goal: formText(form, 'goal') }));
    if (result.ok) {
      formElement.reset();
      await onSaved(`${result.value.case.title} staat op de agenda. Nodig nu de ketenpartners uit.`);
    }
  };
  return (
    <section aria-labelledby="agenderen-kop" className="kt-subsection">
      <Heading3 id="agenderen-kop">Casus agenderen</Heading3>
      {candidates.length === 0 ? (
        <Paragraph className="kt-empty">Er zijn geen casussen die volgens de procedure op dit overleg in aanmerking komen.</Paragraph>
      ) : (
        <FieldScope scope="agenderen">
          <ProblemAlert problem={problem} />
          <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
            <SelectField
              name="caseId"
              label="Casus"
              description="Alleen casussen van deze tafel in een fase die de procedure voor dit overleg toelaat (ZVT-3A.1)."
              defaultValue=""
              error={errors.caseId}
            >
              <SelectOption value="">Kies een casus</SelectOption>
              {candidates.map((c) => (
                <SelectOption key={c.id} value={c.id}>
                  {c.title} ({c.reference})
                </SelectOption>
              ))}
            </SelectField>
            <TextAreaField name="goal" label="Doel van de bespreking" description="Zo concreet mogelijk, uit de triage. Minstens 10 tekens." rows={3} maxLength={1000} error={errors.goal} />
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Op de agenda zetten
            </Button>
          </form>
        </FieldScope>
      )}
    </section>
  );
}

/**
 * The agenda of a meeting. The chain director sees every item and prepares them; a partner sees only the items
 * its organisation is invited to — the server does not send the others (ZVT-3A.1, ADR 0013).
 */
export function AgendaPanel({
  meeting,
  candidates,
  isDirector,
  onSaved,
}: {
  readonly meeting: MeetingDetail;
  readonly candidates: readonly AgendaCandidate[];
  readonly isDirector: boolean;
  readonly onSaved: OnSaved;
}) {
  return (
    <section aria-labelledby="agenda-kop" className="kt-section kt-card">
      <Heading2 id="agenda-kop">Agenda</Heading2>
      {!isDirector && (
        <Paragraph>
          U ziet alleen de agendapunten waarvoor uw organisatie is uitgenodigd. De gegevens zijn alleen voor het overleg (ZVT-3A.3).
        </Paragraph>
      )}
      {meeting.agenda.length === 0 && (
        <Paragraph className="kt-empty">
          {isDirector ? 'Er staan nog geen casussen op de agenda.' : 'Uw organisatie is voor geen enkel agendapunt van dit overleg uitgenodigd.'}
        </Paragraph>
      )}
      {meeting.agenda.map((item) => (
        <AgendaItemView key={item.id} meeting={meeting} item={item} onSaved={onSaved} />
      ))}
      {meeting.abilities.manageAgenda && <AddItemForm meeting={meeting} candidates={candidates} onSaved={onSaved} />}
    </section>
  );
}
