import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Button, ButtonGroup, Heading1, Heading2, Heading3, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { lettersApi } from '../api/letters.ts';
import type { LetterTemplate } from '../api/letter-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { TextAreaField, TextField } from '../components/Field.tsx';
import { FieldScope, ProblemAlert } from '../components/FormErrors.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { TablePicker, chosenTable } from '../components/TablePicker.tsx';
import { formatDateTime } from '../i18n/format.ts';

/** Loads the letter templates of the chosen table (chain director). */
export const letterTemplatesLoader = protect(async ({ request }) => {
  const { tables } = await api.myTables();
  const table = chosenTable(request, tables);
  const templates = table ? (await lettersApi.templates(table.id)).templates : [];
  return { tables, table, templates };
});

/** One template: its placeholders, the text and the privacy officer's contact; save, or start again from the default. */
function TemplateForm({ tableId, template, onSaved }: { readonly tableId: string; readonly template: LetterTemplate; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [body, setBody] = useState(template.body);
  const [privacyContact, setPrivacyContact] = useState(template.privacyContact);
  const headingId = `sjabloon-${template.kind}`;

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() => lettersApi.saveTemplate(tableId, template.kind, { body, privacyContact }));
    if (result.ok) await onSaved(`Brieftekst opgeslagen: ${template.label}.`);
  };

  return (
    <section aria-labelledby={headingId} className="kt-section kt-card">
      <Heading2 id={headingId}>{template.label}</Heading2>
      <Paragraph appearance="small">
        {template.requirementId} ·{' '}
        {template.isDefault ? 'meegeleverde standaardtekst' : `aangepast${template.updatedAt ? ` op ${formatDateTime(template.updatedAt)}` : ''}`} · versie{' '}
        {template.versionHash.slice(0, 12)}
      </Paragraph>
      <Heading3>Plaatshouders</Heading3>
      <Paragraph appearance="small">
        Schrijf een plaatshouder tussen dubbele accolades, bijvoorbeeld {'{{naam}}'}. Andere plaatshouders worden bij opslaan geweigerd; er wordt niets anders
        uitgevoerd.
      </Paragraph>
      <UnorderedList>
        {template.placeholders.map((p) => (
          <UnorderedListItem key={p.name}>
            <code>{`{{${p.name}}}`}</code> — {p.description}
            {p.required ? ' (verplicht)' : ''}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      <FieldScope scope={template.kind}>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextAreaField
            name="body"
            label="Brieftekst"
            rows={18}
            value={body}
            error={errors.body}
            onChange={(event) => {
              setBody(event.target.value);
            }}
          />
          <TextField
            name="privacyContact"
            label="Contact functionaris gegevensbescherming"
            description="Staat in de vaste alinea over de rechten van de betrokkene ({{rechten}})."
            value={privacyContact}
            error={errors.privacyContact}
            onChange={(event) => {
              setPrivacyContact(event.target.value);
            }}
          />
          <ButtonGroup>
            <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
              Brieftekst opslaan
            </Button>
            <Button
              type="button"
              appearance="secondary-action-button"
              onClick={() => {
                setBody(template.defaultBody);
                setPrivacyContact(template.defaultPrivacyContact);
              }}
            >
              Standaardtekst terugzetten
            </Button>
          </ButtonGroup>
        </form>
      </FieldScope>
    </section>
  );
}

/** `/brieven`: the chain director edits the letter templates of a table (X-6). */
export function LetterTemplatesScreen() {
  const { tables, table, templates } = useLoaderData<typeof letterTemplatesLoader>();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle('Brieven');
  if (!table) {
    return (
      <>
        <Heading1>Brieven</Heading1>
        <Paragraph>U bent geen ketenregisseur van een tafel.</Paragraph>
      </>
    );
  }
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <>
      <Heading1>Brieven</Heading1>
      <Paragraph>
        De teksten van de brieven van {table.name}. Een brief wordt gemaakt uit de casus op het moment dat u hem downloadt en wordt niet bewaard; vastgelegd
        wordt alleen wanneer, hoe en door wie hij is verstuurd, en met welke versie van de tekst.
      </Paragraph>
      <TablePicker tables={tables} current={table} />
      <SavedMessage message={saved} />
      {templates.map((template) => (
        <TemplateForm key={`${table.id}-${template.kind}-${template.versionHash}`} tableId={table.id} template={template} onSaved={onSaved} />
      ))}
    </>
  );
}
