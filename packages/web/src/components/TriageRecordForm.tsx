import { useState, type SubmitEvent } from 'react';
import { Button, Fieldset, FieldsetLegend, Heading3, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { ANSWER_CATEGORIES, DATA_CATEGORY_LABELS, SUBJECT_PARTICIPATION_LABELS, type SubjectParticipation } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { MyTable } from '../api/types.ts';
import type { AnswerCategory, TriageRecord } from '../api/triage-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { CheckboxGroupField, RadioGroupField, SelectField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';

type Partner = MyTable['partners'][number];
type Involvement = 'involved' | 'needed';
interface PartnerDraft {
  involvement: Involvement | undefined;
  possibleContribution: string;
  informationToBring: string;
}

const PARTICIPATION = (Object.keys(SUBJECT_PARTICIPATION_LABELS) as SubjectParticipation[]).map((value) => ({ value, label: SUBJECT_PARTICIPATION_LABELS[value] }));
const INVOLVEMENT = [
  { value: 'involved', label: 'Al betrokken' },
  { value: 'needed', label: 'Waarschijnlijk nodig' },
] as const;

/**
 * The chain director's triage record (ZVT-2A.2): situation picture, partners involved or needed with their possible
 * contribution and the information they will bring, a concrete goal, the participants of the case meeting and how
 * the young person and the parents take part. Saving again replaces the record.
 */
export function TriageRecordForm({
  caseId,
  record,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly record: TriageRecord | null;
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const [picture, setPicture] = useState(record?.situationPicture ?? '');
  const [category, setCategory] = useState<AnswerCategory | ''>(record?.situationCategory ?? '');
  const [goal, setGoal] = useState(record?.goal ?? '');
  const [involved, setInvolved] = useState<string[]>(record?.partners.map((p) => p.organisationId) ?? []);
  const [drafts, setDrafts] = useState<Record<string, PartnerDraft>>(
    Object.fromEntries((record?.partners ?? []).map((p) => [p.organisationId, { involvement: p.involvement, possibleContribution: p.possibleContribution, informationToBring: p.informationToBring }])),
  );
  const [participants, setParticipants] = useState<string[]>(record?.participants.map((p) => p.organisationId) ?? []);
  const [subject, setSubject] = useState<SubjectParticipation | undefined>(record?.subjectParticipation);
  const [parents, setParents] = useState<SubjectParticipation | undefined>(record?.parentsParticipation);
  const draftOf = (id: string): PartnerDraft => drafts[id] ?? { involvement: undefined, possibleContribution: '', informationToBring: '' };
  const update = (id: string, change: Partial<PartnerDraft>) => {
    setDrafts({ ...drafts, [id]: { ...draftOf(id), ...change } });
  };
  const selected = partners.filter((p) => involved.includes(p.id));

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = await run(() =>
      api.triage.saveRecord(caseId, {
        situationPicture: picture,
        situationCategory: category,
        partners: selected.map((p) => ({ organisationId: p.id, ...draftOf(p.id), involvement: draftOf(p.id).involvement as Involvement })),
        goal,
        participantOrganisationIds: participants,
        subjectParticipation: subject ?? '',
        parentsParticipation: parents ?? '',
      }),
    );
    if (result.ok) await onSaved('Triage vastgelegd.');
  };

  return (
    <FieldScope scope="triage">
      <div className="kt-subsection">
        <Heading3>Triage vastleggen</Heading3>
        <Paragraph>Bereid het casusoverleg voor: wat speelt er, wie is nodig, wat is het doel en hoe worden de jeugdige en de ouders betrokken.</Paragraph>
        <ProblemAlert problem={problem} labels={{ situationPicture: 'Toestandsbeeld', goal: 'Doel', participantOrganisationIds: 'Deelnemers' }} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextAreaField name="situationPicture" label="Toestandsbeeld" description="Minstens 10 tekens." rows={5} maxLength={4000} value={picture} error={errors.situationPicture} onChange={(e) => { setPicture(e.target.value); }} />
          <SelectField name="situationCategory" label="Soort gegevens in het toestandsbeeld" description="Kies het zwaarste soort gegevens dat erin staat." value={category} error={errors.situationCategory} onChange={(e) => { setCategory(e.target.value as AnswerCategory | ''); }}>
            <SelectOption value="">Kies het soort gegevens</SelectOption>
            {ANSWER_CATEGORIES.map((c) => (
              <SelectOption key={c} value={c}>
                {DATA_CATEGORY_LABELS[c]}
              </SelectOption>
            ))}
          </SelectField>
          <CheckboxGroupField name="partners" legend="Partners die betrokken zijn of nodig zijn" optional options={partners.map((p) => ({ value: p.id, label: p.name }))} values={involved} onChange={setInvolved} error={errors.partners} />
          {selected.map((partner) => {
            const index = selected.indexOf(partner);
            const draft = draftOf(partner.id);
            return (
              <Fieldset key={partner.id}>
                <FieldsetLegend>{partner.name}</FieldsetLegend>
                <RadioGroupField<Involvement> name={`partners.${String(index)}.involvement`} legend={`Betrokkenheid van ${partner.name}`} options={INVOLVEMENT} value={draft.involvement} onChange={(value) => { update(partner.id, { involvement: value }); }} error={errors[`partners.${String(index)}.involvement`]} className="kt-inline-choices" />
                <TextAreaField name={`partners.${String(index)}.possibleContribution`} label={`Mogelijke bijdrage van ${partner.name}`} optional rows={2} maxLength={1000} value={draft.possibleContribution} error={errors[`partners.${String(index)}.possibleContribution`]} onChange={(e) => { update(partner.id, { possibleContribution: e.target.value }); }} />
                <TextAreaField name={`partners.${String(index)}.informationToBring`} label={`Informatie die ${partner.name} inbrengt`} optional rows={2} maxLength={1000} value={draft.informationToBring} error={errors[`partners.${String(index)}.informationToBring`]} onChange={(e) => { update(partner.id, { informationToBring: e.target.value }); }} />
              </Fieldset>
            );
          })}
          <TextAreaField name="goal" label="Doel van het casusoverleg" description="Zo concreet mogelijk. Minstens 10 tekens." rows={3} maxLength={1000} value={goal} error={errors.goal} onChange={(e) => { setGoal(e.target.value); }} />
          <CheckboxGroupField name="participantOrganisationIds" legend="Deelnemers aan het casusoverleg" options={partners.map((p) => ({ value: p.id, label: p.name }))} values={participants} onChange={setParticipants} error={errors.participantOrganisationIds} />
          <RadioGroupField<SubjectParticipation> name="subjectParticipation" legend="Hoe wordt de jeugdige betrokken?" options={PARTICIPATION} value={subject} onChange={setSubject} error={errors.subjectParticipation} />
          <RadioGroupField<SubjectParticipation> name="parentsParticipation" legend="Hoe worden de ouders of verzorgers betrokken?" options={PARTICIPATION} value={parents} onChange={setParents} error={errors.parentsParticipation} />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Triage vastleggen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}
