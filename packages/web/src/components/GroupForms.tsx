import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Alert, Button, Fieldset, FieldsetLegend, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH, decidingBody, memberRepresentativeRule } from '@ketentafel/domain';
import { groupsApi } from '../api/groups.ts';
import type { DecidingBody, GroupDecisionOutcome, GroupDetail, GroupPriority } from '../api/group-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { CheckboxField, CheckboxGroupField, RadioGroupField, SelectField, TextAreaField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { DECIDING_BODY_LABELS_NL, GROUP_DECISION_LABELS } from '../i18n/groups.ts';

type OnSaved = (message: string) => Promise<void>;

const PICTURE_FIELDS = [
  ['behaviour', 'Kenmerken en typering van het gedrag van de groep'],
  ['impact', 'Impact van de groep en haar gedrag op de omgeving'],
  ['composition', 'Samenstelling van de groep'],
  ['dynamics', 'Groepsdynamische processen'],
  ['slidingRisk', 'Risico op afglijden'],
] as const;

/** ZVT-2B.1: the integral group picture of the core group and the municipality's consultation with the prosecutor. */
export function GroupPictureForm({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const [picture, setPicture] = useState({
    behaviour: group.picture?.behaviour ?? '',
    impact: group.picture?.impact ?? '',
    composition: group.picture?.composition ?? '',
    dynamics: group.picture?.dynamics ?? '',
    slidingRisk: group.picture?.slidingRisk ?? '',
  });
  const [consulted, setConsulted] = useState(group.picture?.prosecutorConsultation !== null && group.picture !== null);
  const [consultedOn, setConsultedOn] = useState(group.picture?.prosecutorConsultation?.consultedOn ?? '');
  const [summary, setSummary] = useState(group.picture?.prosecutorConsultation?.summary ?? '');
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() => groupsApi.savePicture(group.id, { ...picture, prosecutorConsultation: consulted ? { consultedOn, summary } : null }));
    if (result.ok) await onSaved('Het groepsbeeld is vastgelegd.');
  };
  return (
    <FieldScope scope="groepsbeeld">
      <div className="kt-subsection">
        <Heading3>Groepsbeeld vastleggen</Heading3>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          {PICTURE_FIELDS.map(([key, label]) => (
            <TextAreaField key={key} name={key} label={label} rows={3} maxLength={4000} value={picture[key]} error={errors[key]} onChange={(e) => { setPicture((p) => ({ ...p, [key]: e.target.value })); }} />
          ))}
          <CheckboxField name="prosecutorConsulted" label="De gemeente heeft met het OM overlegd over de duiding van de groep" checked={consulted} onChange={setConsulted} />
          {consulted && (
            <>
              <TextField name="prosecutorConsultation.consultedOn" label="Datum overleg met het OM" type="date" value={consultedOn} error={errors['prosecutorConsultation.consultedOn']} onChange={(e) => { setConsultedOn(e.target.value); }} />
              <TextAreaField name="prosecutorConsultation.summary" label="Uitkomst van het overleg met het OM" rows={3} maxLength={2000} value={summary} error={errors['prosecutorConsultation.summary']} onChange={(e) => { setSummary(e.target.value); }} />
            </>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Groepsbeeld opslaan
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/** ZVT-2B.1 "op verzoek": the chain director adds another partner of the table to the core group. */
export function CorePartnerForm({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const [organisationId, setOrganisationId] = useState(group.otherTablePartners[0]?.organisationId ?? '');
  const [motivation, setMotivation] = useState('');
  if (group.otherTablePartners.length === 0) return null;
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() => groupsApi.addCorePartner(group.id, { organisationId, motivation }));
    if (result.ok) await onSaved('De ketenpartner is aan de kerngroep toegevoegd.');
  };
  return (
    <FieldScope scope="kerngroep">
      <div className="kt-subsection">
        <Heading3>Ketenpartner op verzoek toevoegen</Heading3>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <SelectField name="organisationId" label="Ketenpartner" value={organisationId} error={errors.organisationId} onChange={(e) => { setOrganisationId(e.target.value); }}>
            {group.otherTablePartners.map((p) => (
              <SelectOption key={p.organisationId} value={p.organisationId}>
                {p.organisation}
              </SelectOption>
            ))}
          </SelectField>
          <TextAreaField name="motivation" label="Waarom deze partner" description={`Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`} rows={2} maxLength={1000} value={motivation} error={errors.motivation} onChange={(e) => { setMotivation(e.target.value); }} />
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            Toevoegen aan de kerngroep
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/** ZVT-2B.2: no group approach (deleted at once) or a draft plan with measures and a priority advice. */
export function GroupOutcomeForm({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: OnSaved }) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [outcome, setOutcome] = useState<'draft-plan' | 'no-group-approach'>();
  const [motivation, setMotivation] = useState('');
  const [areaMeasures, setAreaMeasures] = useState('');
  const [groupMeasures, setGroupMeasures] = useState('');
  const [individual, setIndividual] = useState<string[]>([]);
  const [veiligheidshuis, setVeiligheidshuis] = useState(false);
  const [priority, setPriority] = useState<GroupPriority>();
  const [criminal, setCriminal] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() =>
      groupsApi.recordOutcome(
        group.id,
        outcome === 'no-group-approach'
          ? { outcome, motivation }
          : { outcome: 'draft-plan', areaMeasures, groupMeasures, individualApproachMemberIds: individual, involveVeiligheidshuis: veiligheidshuis, priority: priority ?? '', criminalGroup: criminal },
      ),
    );
    if (!result.ok) return;
    if (result.value.deleted) await navigate('/groepen', { state: { saved: `Geen groepsaanpak: de gegevens van groep ${result.value.reference} zijn verwijderd.` } });
    else await onSaved('Het concept plan van aanpak is vastgelegd.');
  };
  return (
    <FieldScope scope="uitkomst">
      <div className="kt-subsection">
        <Heading3>Uitkomst van de kerngroep</Heading3>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <RadioGroupField<'draft-plan' | 'no-group-approach'>
            name="outcome"
            legend="Uitkomst"
            options={[
              { value: 'draft-plan', label: 'Opdracht tot vervolg groepsaanpak: concept plan van aanpak' },
              { value: 'no-group-approach', label: 'Geen groepsaanpak (groepsleden kunnen zo nodig individueel worden aangemeld)' },
            ]}
            value={outcome}
            onChange={setOutcome}
            error={errors.outcome}
          />
          {outcome === 'no-group-approach' && (
            <>
              <TextAreaField name="motivation" label="Motivering" description={`Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`} rows={3} maxLength={2000} value={motivation} error={errors.motivation} onChange={(e) => { setMotivation(e.target.value); }} />
              <Alert type="warning">
                <Paragraph>Deze uitkomst verwijdert de groep, de groepsleden en de groepsscan direct.</Paragraph>
              </Alert>
            </>
          )}
          {outcome === 'draft-plan' && (
            <>
              <TextAreaField name="areaMeasures" label="Gebiedsgerichte maatregelen" optional rows={3} maxLength={4000} value={areaMeasures} error={errors.areaMeasures} onChange={(e) => { setAreaMeasures(e.target.value); }} />
              <TextAreaField name="groupMeasures" label="Groepsmaatregelen" optional rows={3} maxLength={4000} value={groupMeasures} error={errors.groupMeasures} onChange={(e) => { setGroupMeasures(e.target.value); }} />
              <CheckboxGroupField name="individualApproachMemberIds" legend="Groepsleden met noodzaak tot een individuele aanpak" optional options={group.members.map((m) => ({ value: m.id, label: m.fullName }))} values={individual} onChange={setIndividual} error={errors.individualApproachMemberIds} />
              <CheckboxField name="involveVeiligheidshuis" label="Samenwerking met het Veiligheidshuis nodig" checked={veiligheidshuis} onChange={setVeiligheidshuis} />
              <RadioGroupField<GroupPriority> name="priority" legend="Prioriteringsadvies" options={[{ value: 'low', label: 'Laag' }, { value: 'medium', label: 'Midden' }, { value: 'high', label: 'Hoog' }]} value={priority} onChange={setPriority} error={errors.priority} className="kt-inline-choices" />
              <CheckboxField name="criminalGroup" label="Criminele groep" checked={criminal} onChange={setCriminal} />
              {priority && <Paragraph>Voorleggen aan: {DECIDING_BODY_LABELS_NL[decidingBody({ priority, criminalGroup: criminal })]} (ZVT-2B.3).</Paragraph>}
            </>
          )}
          <Button type="submit" appearance="primary-action-button" hint={outcome === 'no-group-approach' ? 'danger' : undefined} busy={busy} disabled={busy}>
            {outcome === 'no-group-approach' ? 'Vastleggen en gegevens verwijderen' : 'Uitkomst vastleggen'}
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/**
 * ZVT-2B.3: the decision of mayor + alderman or the triangle; several may hold. "Adopted with individual
 * registrations" registers the chosen members in 2A in the same action.
 */
export function GroupDecisionForm({ group, today, onSaved }: { readonly group: GroupDetail; readonly today: string; readonly onSaved: OnSaved }) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [decidedOn, setDecidedOn] = useState(today);
  const [body, setBody] = useState<DecidingBody | undefined>(group.draftPlan?.decidingBody);
  const [outcomes, setOutcomes] = useState<GroupDecisionOutcome[]>([]);
  const [motivation, setMotivation] = useState('');
  const [members, setMembers] = useState<string[]>(group.draftPlan?.individualApproachMemberIds.filter((id) => group.members.some((m) => m.id === id && m.registeredCaseReference === null)) ?? []);
  const [representatives, setRepresentatives] = useState<Record<string, { fullName: string; relation: 'parent' | 'guardian' | 'other'; contact: string }>>({});
  const registers = outcomes.includes('plan-adopted-individual-registrations');
  const chosen = group.members.filter((m) => registers && members.includes(m.id) && memberRepresentativeRule(m.birthDate, today) !== 'not-allowed');
  const representative = (memberId: string) => representatives[memberId] ?? { fullName: '', relation: 'parent' as const, contact: '' };
  const setRepresentative = (memberId: string, change: Partial<{ fullName: string; relation: 'parent' | 'guardian' | 'other'; contact: string }>) => {
    setRepresentatives((all) => ({ ...all, [memberId]: { ...representative(memberId), ...change } }));
  };
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const legalRepresentatives = chosen
      .map((m) => ({ memberId: m.id, ...representative(m.id) }))
      .filter((r) => r.fullName.trim() !== '' || r.contact.trim() !== '' || memberRepresentativeRule(group.members.find((m) => m.id === r.memberId)?.birthDate ?? today, today) === 'required');
    const result = await run(() =>
      groupsApi.recordDecision(group.id, { decidedOn, body: body ?? '', outcomes, motivation, memberIdsToRegister: registers ? members : [], legalRepresentatives }),
    );
    if (!result.ok) return;
    if (result.value.deleted) {
      await navigate('/groepen', { state: { saved: `Plan niet vastgesteld: de gegevens van groep ${result.value.reference} zijn verwijderd.` } });
      return;
    }
    const registered = result.value.registeredCases.map((c) => c.reference).join(', ');
    await onSaved(registered ? `Het besluit is vastgelegd. Individueel aangemeld (fase 2A): ${registered}.` : 'Het besluit is vastgelegd.');
  };
  const options = (Object.keys(GROUP_DECISION_LABELS) as GroupDecisionOutcome[]).map((value) => ({ value, label: GROUP_DECISION_LABELS[value] }));
  return (
    <FieldScope scope="besluit">
      <div className="kt-subsection">
        <Heading3>Besluit vastleggen</Heading3>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextField name="decidedOn" label="Datum besluit" type="date" value={decidedOn} error={errors.decidedOn} onChange={(e) => { setDecidedOn(e.target.value); }} />
          <RadioGroupField<DecidingBody> name="body" legend="Besloten door" options={[{ value: 'mayor-and-alderman', label: DECIDING_BODY_LABELS_NL['mayor-and-alderman'] }, { value: 'triangle', label: DECIDING_BODY_LABELS_NL.triangle }]} value={body} onChange={setBody} error={errors.body} />
          <CheckboxGroupField<GroupDecisionOutcome> name="outcomes" legend="Besluit (meer vastgesteld-uitkomsten kunnen samen gelden)" options={options} values={outcomes} onChange={setOutcomes} error={errors.outcomes} />
          {registers && (
            <CheckboxGroupField
              name="memberIdsToRegister"
              legend="Individueel aanmelden (fase 2A, de politie als aanmelder)"
              options={group.members.filter((m) => m.registeredCaseReference === null).map((m) => ({ value: m.id, label: m.fullName }))}
              values={members}
              onChange={setMembers}
              error={errors.memberIdsToRegister}
            />
          )}
          {chosen.map((m) => {
            const required = memberRepresentativeRule(m.birthDate, today) === 'required';
            const rep = representative(m.id);
            return (
              <Fieldset key={m.id} className="kt-fieldset--nested">
                <FieldsetLegend>{`Wettelijk vertegenwoordiger van ${m.fullName}${required ? '' : ' (niet verplicht)'}`}</FieldsetLegend>
                {errors[`legalRepresentatives.${m.id}`] && <Paragraph className="kt-field-error">{`Fout: ${errors[`legalRepresentatives.${m.id}`] ?? ''}`}</Paragraph>}
                <TextField name={`legalRepresentatives.${m.id}.fullName`} label="Naam" value={rep.fullName} maxLength={200} onChange={(e) => { setRepresentative(m.id, { fullName: e.target.value }); }} />
                <SelectField name={`legalRepresentatives.${m.id}.relation`} label="Relatie" value={rep.relation} onChange={(e) => { setRepresentative(m.id, { relation: e.target.value as 'parent' | 'guardian' | 'other' }); }}>
                  <SelectOption value="parent">Ouder</SelectOption>
                  <SelectOption value="guardian">Voogd</SelectOption>
                  <SelectOption value="other">Anders</SelectOption>
                </SelectField>
                <TextField name={`legalRepresentatives.${m.id}.contact`} label="Contactgegevens" value={rep.contact} maxLength={200} onChange={(e) => { setRepresentative(m.id, { contact: e.target.value }); }} />
              </Fieldset>
            );
          })}
          <TextAreaField name="motivation" label="Motivering" optional description={`Verplicht bij wijziging of niet vastgesteld (minstens ${String(MIN_MOTIVATION_LENGTH)} tekens).`} rows={3} maxLength={2000} value={motivation} error={errors.motivation} onChange={(e) => { setMotivation(e.target.value); }} />
          {outcomes.includes('plan-not-adopted') && (
            <Alert type="warning">
              <Paragraph>Niet vastgesteld verwijdert de groep, de groepsleden en de groepsscan direct.</Paragraph>
            </Alert>
          )}
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {registers ? 'Besluit vastleggen en groepsleden aanmelden' : 'Besluit vastleggen'}
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/** ZVT-2B.4: record that a member was informed; the task is done when recorded as sent. */
export function GroupInformingForm({ group, task, today, onSaved }: { readonly group: GroupDetail; readonly task: GroupDetail['informing'][number]; readonly today: string; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const lastDecision = group.decisions.at(-1);
  const [sentOn, setSentOn] = useState(today);
  const [outcome, setOutcome] = useState(lastDecision ? lastDecision.outcomes.map((o) => GROUP_DECISION_LABELS[o as GroupDecisionOutcome]).join('; ') : '');
  const [goal, setGoal] = useState('');
  const [themes, setThemes] = useState('');
  const [participants, setParticipants] = useState(group.corePartners.map((p) => p.organisation).join(', '));
  const [rights, setRights] = useState(false);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() => groupsApi.recordInforming(group.id, task.id, { sentOn, outcome, goal, themes, participants, rightsExplained: rights }));
    if (result.ok) await onSaved(`Informeren van ${task.memberName} is vastgelegd.`);
  };
  return (
    <FieldScope scope={`informeren-${task.id}`}>
      <div className="kt-subsection">
        <Heading3>{`${task.memberName} informeren`}</Heading3>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextField name="sentOn" label="Verzonden op" type="date" value={sentOn} error={errors.sentOn} onChange={(e) => { setSentOn(e.target.value); }} />
          <TextAreaField name="outcome" label="Uitkomst" rows={2} maxLength={2000} value={outcome} error={errors.outcome} onChange={(e) => { setOutcome(e.target.value); }} />
          <TextAreaField name="goal" label="Doel" rows={2} maxLength={2000} value={goal} error={errors.goal} onChange={(e) => { setGoal(e.target.value); }} />
          <TextAreaField name="themes" label="Gespreksthema’s" rows={2} maxLength={2000} value={themes} error={errors.themes} onChange={(e) => { setThemes(e.target.value); }} />
          <TextAreaField name="participants" label="Deelnemers" rows={2} maxLength={2000} value={participants} error={errors.participants} onChange={(e) => { setParticipants(e.target.value); }} />
          <CheckboxField name="rightsExplained" label="De brief noemt de rechten van de betrokkene" checked={rights} error={errors.rightsExplained} onChange={setRights} />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Vastleggen als verzonden
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}
