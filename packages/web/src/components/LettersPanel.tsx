import { useEffect, useState, type SubmitEvent } from 'react';
import { useLoaderData, useRevalidator } from 'react-router';
import { Button, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { INFORMING_CONTENT_ITEMS, LETTER_CHANNELS, LETTER_CHANNEL_LABELS, LETTER_SENDER_LABELS, type LetterChannel, type LetterSender } from '@ketentafel/domain';
import { ApiError } from '../api/client.ts';
import { lettersApi } from '../api/letters.ts';
import type { CaseLetter, SentLetterInput } from '../api/letter-types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDate, today } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { ConsentFields } from './ConsentFields.tsx';
import { CheckboxGroupField, RadioGroupField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { SavedMessage } from './SavedMessage.tsx';

const CHANNEL_CHOICES = LETTER_CHANNELS.map((value) => ({ value, label: LETTER_CHANNEL_LABELS[value] }));
const SENDER_CHOICES = (['chain-director-for-referrer', 'referrer'] as const).map((value) => ({ value, label: LETTER_SENDER_LABELS[value] }));
const CONTENT_CHOICES = INFORMING_CONTENT_ITEMS.map((item) => ({ value: item.id, label: item.label }));

/** ZVT-2A.5: the chain director records who sends the letter, before it is sent. */
function SenderForm({ caseId, letter, onSaved }: { readonly caseId: string; readonly letter: CaseLetter; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const [sender, setSender] = useState<LetterSender>(letter.sender);
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() => lettersApi.chooseSender(caseId, letter.kind, sender));
    if (result.ok) await onSaved(`Vastgelegd wie de brief verstuurt: ${LETTER_SENDER_LABELS[result.value.sender].toLowerCase()}.`);
  };
  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
      <ProblemAlert problem={problem} />
      <RadioGroupField<LetterSender>
        name="sender"
        legend="Wie verstuurt de brief?"
        description="In de regel de ketenregisseur namens de aanmelder; de aanmelder zelf als dat in deze casus passender is."
        options={SENDER_CHOICES}
        value={sender}
        error={errors.sender}
        onChange={setSender}
      />
      <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
        Afzender vastleggen
      </Button>
    </form>
  );
}

/** What recording a letter sent returns that the form reports. */
interface RecordedSending {
  readonly sentOn: string;
  readonly informingCompleted: boolean;
}

/**
 * Records that a letter was sent (date, channel); for the informing letter also what it contained and consent
 * (ZVT-1.4). The same form for a case's letters and a group member's letter (ZVT-2B.4): `record` sends it.
 */
export function LetterSentForm({
  label,
  informing,
  letterDate,
  templateHash,
  record,
  onSaved,
}: {
  readonly label: string;
  readonly informing: boolean;
  readonly letterDate: string;
  readonly templateHash: string;
  readonly record: (input: SentLetterInput) => Promise<RecordedSending>;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const [sentOn, setSentOn] = useState(today);
  const [channel, setChannel] = useState<LetterChannel>();
  const [contentItems, setContentItems] = useState<string[]>([]);
  const [consentAsked, setConsentAsked] = useState(false);
  const [consentGiven, setConsentGiven] = useState<'yes' | 'no'>();

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() =>
      record({
        letterDate,
        sentOn,
        channel: channel as LetterChannel,
        templateHash,
        ...(informing ? { contentItems, consentAsked, consentGiven: consentAsked ? consentGiven : 'not-applicable' } : {}),
      }),
    );
    if (result.ok) {
      await onSaved(`Verzending vastgelegd: ${label}, ${formatDate(result.value.sentOn)}.${result.value.informingCompleted ? ' Het informeren is afgerond.' : ''}`);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
      <ProblemAlert problem={problem} />
      <TextField
        name="sentOn"
        type="date"
        label="Verstuurd of overhandigd op"
        max={today()}
        value={sentOn}
        error={errors.sentOn}
        onChange={(event) => {
          setSentOn(event.target.value);
        }}
      />
      <RadioGroupField<LetterChannel> name="channel" legend="Hoe is de brief verstuurd?" options={CHANNEL_CHOICES} value={channel} error={errors.channel} onChange={setChannel} />
      {informing && (
        <>
          <CheckboxGroupField
            name="contentItems"
            legend="Wat staat er in de brief?"
            description="Alle onderdelen zijn verplicht (ZVT-1.4); de standaardtekst bevat ze. Controleer het als de tekst is aangepast."
            options={CONTENT_CHOICES}
            values={contentItems}
            error={errors.contentItems}
            onChange={setContentItems}
          />
          <ConsentFields asked={consentAsked} onAskedChange={setConsentAsked} given={consentGiven} onGivenChange={setConsentGiven} errors={errors} />
        </>
      )}
      <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
        Verzending vastleggen
      </Button>
    </form>
  );
}

/** The letter date and the download button; a refusal (e.g. a date too far ahead) is shown next to the field. */
export function LetterDownload({
  buttonLabel,
  description,
  letterDate,
  onLetterDateChange,
  download,
}: {
  readonly buttonLabel: string;
  readonly description: string;
  readonly letterDate: string;
  readonly onLetterDateChange: (letterDate: string) => void;
  readonly download: () => Promise<string>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  return (
    <div className="kt-form">
      <ProblemAlert problem={problem} />
      <TextField
        name="query.letterDate"
        type="date"
        label="Datum van de brief"
        description={description}
        value={letterDate}
        error={errors['query.letterDate']}
        onChange={(event) => {
          onLetterDateChange(event.target.value);
        }}
      />
      <Button type="button" appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void run(download)}>
        {buttonLabel}
      </Button>
    </div>
  );
}

function LetterItem({ caseId, letter, onSaved }: { readonly caseId: string; readonly letter: CaseLetter; readonly onSaved: (message: string) => Promise<void> }) {
  const [letterDate, setLetterDate] = useState(today);
  return (
    <div className="kt-subsection">
      <Heading3>
        {letter.label} ({letter.requirementId})
      </Heading3>
      <FieldScope scope={letter.kind}>
        <DataRows
          rows={[
            { key: 'Afzender', value: LETTER_SENDER_LABELS[letter.sender] },
            ...(letter.available ? [] : [{ key: 'Nu te maken', value: letter.unavailableReason ?? 'Nee' }]),
            ...letter.sent.map((s) => ({
              key: 'Verstuurd',
              value: `${formatDate(s.sentOn)}, ${LETTER_CHANNEL_LABELS[s.channel].toLowerCase()} (brief van ${formatDate(s.letterDate)}), door ${s.sentByOrganisation}: ${LETTER_SENDER_LABELS[s.sender].toLowerCase()}`,
            })),
          ]}
        />
        {letter.abilities.chooseSender && <SenderForm caseId={caseId} letter={letter} onSaved={onSaved} />}
        {letter.abilities.render && (
          <LetterDownload
            buttonLabel={`${letter.label}: brief downloaden (PDF)`}
            description="Wie de brief krijgt, hangt af van de leeftijd van de jeugdige op deze datum."
            letterDate={letterDate}
            onLetterDateChange={setLetterDate}
            download={() => lettersApi.downloadPdf(caseId, letter.kind, letterDate)}
          />
        )}
        {letter.abilities.recordSent && (
          <LetterSentForm
            label={letter.label.toLowerCase()}
            informing={letter.kind === 'informing'}
            letterDate={letterDate}
            templateHash={letter.templateHash ?? ''}
            record={(input) => lettersApi.recordSent(caseId, letter.kind, input)}
            onSaved={onSaved}
          />
        )}
      </FieldScope>
    </div>
  );
}

async function fetchLetters(caseId: string): Promise<{ letters: CaseLetter[]; error?: ApiError }> {
  try {
    return { letters: (await lettersApi.ofCase(caseId)).letters };
  } catch (e) {
    if (e instanceof ApiError) return e.status === 404 ? { letters: [] } : { letters: [], error: e };
    throw e;
  }
}

/**
 * The letters of a case (X-6, ZVT-1.4, ZVT-2A.5): download as PDF, who sends, record the sending. Loads its own data
 * and reloads whenever the case page does; shows nothing when no letter applies to the caller.
 */
export function LettersPanel({ caseId }: { readonly caseId: string }) {
  const revalidator = useRevalidator();
  const pageData: unknown = useLoaderData();
  const [state, setState] = useState<{ letters: CaseLetter[]; error?: ApiError }>({ letters: [] });
  const [saved, setSaved] = useState<string>();

  useEffect(() => {
    let current = true;
    void fetchLetters(caseId).then((result) => {
      if (current) setState(result);
    });
    return () => {
      current = false;
    };
  }, [caseId, pageData]);

  if (state.error) return <ProblemAlert problem={state.error.problem} />;
  const shown = state.letters.filter((l) => l.available || l.sent.length > 0 || l.abilities.chooseSender);
  if (shown.length === 0) return null;
  const onSaved = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <section aria-labelledby="brieven-kop" className="kt-section kt-card">
      <Heading2 id="brieven-kop">Brieven</Heading2>
      <Paragraph appearance="small">
        Een brief wordt gemaakt uit de casus en de brieftekst van de tafel, en niet bewaard. Vastgelegd wordt wanneer, hoe en door wie hij is verstuurd.
      </Paragraph>
      <SavedMessage message={saved} />
      {shown.map((letter) => (
        <LetterItem key={`${letter.kind}-${String(letter.sent.length)}-${letter.sender}`} caseId={caseId} letter={letter} onSaved={onSaved} />
      ))}
    </section>
  );
}
