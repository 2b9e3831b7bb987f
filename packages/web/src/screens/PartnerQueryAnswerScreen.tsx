import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Alert, Button, Heading1, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { ANSWER_CATEGORIES, DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { api, notFound } from '../api/client.ts';
import type { AnswerCategory, InboxQuery } from '../api/triage-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { AnswerSummary } from '../components/AnswerSummary.tsx';
import { DataRows } from '../components/DataRows.tsx';
import { RadioGroupField, SelectField, TextAreaField } from '../components/Field.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { AppLink } from '../components/Links.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDate, formatDateTime } from '../i18n/format.ts';
import { queryStatusText } from './PartnerQueryInboxScreen.tsx';

type YesNo = 'yes' | 'no';
const YES_NO = [
  { value: 'yes', label: 'Ja' },
  { value: 'no', label: 'Nee' },
] as const;

/** Loads one query from the inbox: a query not addressed to the user's organisation is a 404 like any unknown one. */
export const partnerQueryAnswerLoader = protect(async ({ params }) => {
  const inbox = await api.triage.inbox();
  const query = inbox.queries.find((q) => q.id === params.queryId);
  if (!query) throw notFound();
  return query;
});

const toBoolean = (value: YesNo | undefined) => (value === undefined ? undefined : value === 'yes');

function AnswerForm({ query, onAnswered }: { readonly query: InboxQuery; readonly onAnswered: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [knows, setKnows] = useState<YesNo>();
  const [holds, setHolds] = useState<YesNo>();
  const [share, setShare] = useState<YesNo>();
  const late = query.status === 'overdue';

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const category = form.get('content.category');
    const text = form.get('content.text');
    const result = await run(() =>
      api.triage.answer(query.id, {
        knowsSubject: toBoolean(knows),
        holdsRelevantData: toBoolean(holds),
        willingToShare: toBoolean(share),
        ...(share === 'yes' ? { content: { category: (typeof category === 'string' ? category : '') as AnswerCategory | '', text: typeof text === 'string' ? text : '' } } : {}),
      }),
    );
    if (result.ok) await onAnswered(result.value.late ? 'Uw antwoord is vastgelegd. Het kwam na de termijn en is als te laat gemarkeerd.' : 'Uw antwoord is vastgelegd.');
  };

  return (
    <section aria-labelledby="antwoord-kop" className="kt-section kt-card">
      <Heading2 id="antwoord-kop">Beantwoorden</Heading2>
      {late && (
        <Alert type="warning">
          <Paragraph>De termijn is verstreken. U kunt nog antwoorden; het antwoord wordt als te laat gemarkeerd.</Paragraph>
        </Alert>
      )}
      <Paragraph>Deel alleen wat nodig is voor een integrale aanpak. Wat u deelt blijft van uw organisatie; de ketenregisseur en de aanmelder zien het.</Paragraph>
      <ProblemAlert
        problem={problem}
        labels={{ knowsSubject: 'Kent u de jeugdige', holdsRelevantData: 'Relevante gegevens', willingToShare: 'Bereid te delen', 'content.category': 'Soort gegevens', 'content.text': 'Wat u deelt' }}
      />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <RadioGroupField<YesNo> name="knowsSubject" legend="Kent uw organisatie de jeugdige?" options={YES_NO} value={knows} onChange={setKnows} error={errors.knowsSubject} className="kt-inline-choices" />
        <RadioGroupField<YesNo> name="holdsRelevantData" legend="Heeft uw organisatie gegevens die relevant zijn voor deze casus?" options={YES_NO} value={holds} onChange={setHolds} error={errors.holdsRelevantData} className="kt-inline-choices" />
        <RadioGroupField<YesNo>
          name="willingToShare"
          legend="Bent u bereid die gegevens te delen voor een integrale aanpak?"
          options={YES_NO}
          value={share}
          onChange={setShare}
          error={errors.willingToShare}
          className="kt-inline-choices"
        />
        {share === 'yes' && (
          <>
            <SelectField name="content.category" label="Soort gegevens" defaultValue="" error={errors['content.category']}>
              <SelectOption value="">Kies het soort gegevens</SelectOption>
              {ANSWER_CATEGORIES.map((category) => (
                <SelectOption key={category} value={category}>
                  {DATA_CATEGORY_LABELS[category]}
                </SelectOption>
              ))}
            </SelectField>
            <TextAreaField name="content.text" label="Wat u deelt" description="Minstens 10 tekens. Alleen wat de tafel nodig heeft." rows={5} maxLength={4000} error={errors['content.text']} />
          </>
        )}
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Antwoord versturen
        </Button>
      </form>
    </section>
  );
}

/**
 * `/uitvragen/:queryId`: one partner query to the user's organisation and its answer form (ZVT-2A.2): yes/no
 * questions, and content only when the partner chooses to share.
 */
export function PartnerQueryAnswerScreen() {
  const query = useLoaderData<typeof partnerQueryAnswerLoader>();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`Partnervraag ${query.reference}`);
  return (
    <>
      <Heading1>Partnervraag {query.reference}</Heading1>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Jeugdige', value: query.subject ? `${query.subject.fullName}, geboren ${formatDate(query.subject.birthDate)}` : 'Triage afgerond' },
          { key: 'Tafel', value: query.table },
          { key: 'Verstuurd op', value: formatDate(query.sentOn) },
          { key: 'Antwoord graag vóór', value: formatDate(query.deadline) },
          { key: 'Status', value: queryStatusText(query) },
          ...(query.answeredAt ? [{ key: 'Beantwoord op', value: formatDateTime(query.answeredAt) }] : []),
        ]}
      />
      <Heading2>Vraag van de ketenregisseur</Heading2>
      <Paragraph>{query.question}</Paragraph>
      {query.canAnswer && (
        <AnswerForm
          query={query}
          onAnswered={async (message) => {
            await revalidator.revalidate();
            setSaved(message);
          }}
        />
      )}
      {query.answer && (
        <section aria-labelledby="gegeven-antwoord-kop" className="kt-section">
          <Heading2 id="gegeven-antwoord-kop">Uw antwoord</Heading2>
          <AnswerSummary answer={query.answer} />
        </section>
      )}
      <Paragraph>
        <AppLink to="/uitvragen">Terug naar Uitvragen</AppLink>
      </Paragraph>
    </>
  );
}
