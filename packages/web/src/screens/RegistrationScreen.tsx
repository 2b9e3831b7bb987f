import { useState, type SubmitEvent } from 'react';
import { useLoaderData, useNavigate } from 'react-router';
import { Button, Heading1, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { ELIGIBILITY_FACT_KEYS, ELIGIBILITY_FACT_LABELS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { EligibilityFactsInput, Registration } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { SelectField, TextAreaField, TextField } from '../components/Field.tsx';
import { AppLink } from '../components/Links.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { EligibilityFactsFieldset, type FactsDraft } from '../components/EligibilityFactsFieldset.tsx';
import { LegalRepresentativesFieldset, type RepresentativeDraft } from '../components/LegalRepresentativesFieldset.tsx';
import { today } from '../i18n/format.ts';

/** Loads the tables the user can register at. */
export const registrationLoader = protect(async () => (await api.myTables()).tables);

const REASON_MAX = 300;

/** Names for the error summary of fields whose server message does not say which field it is. */
const SUMMARY_LABELS: Readonly<Record<string, string>> = {
  tableId: 'Tafel',
  'subject.birthDate': 'Geboortedatum',
  ...Object.fromEntries(ELIGIBILITY_FACT_KEYS.map((key) => [`facts.${key}`, ELIGIBILITY_FACT_LABELS[key]])),
};

interface Draft {
  tableId: string;
  subject: { fullName: string; birthDate: string; municipality: string };
  legalRepresentatives: RepresentativeDraft[];
  reason: string;
  facts: FactsDraft;
}

/** Builds the request body (ZVT-1.1: no more data than needed). A group is registered at `/groepen/registreren`. */
function toRegistration(draft: Draft): Registration {
  return {
    kind: 'individual',
    tableId: draft.tableId,
    subject: draft.subject,
    legalRepresentatives: draft.legalRepresentatives.map(({ fullName, relation, contact }) => ({ fullName, relation, contact })),
    reason: draft.reason,
    // Unanswered facts stay absent on purpose: the server then names each one that is missing.
    facts: draft.facts as EligibilityFactsInput,
  };
}

/**
 * `/aanmelden`: a partner professional registers a young person (ZVT-1.1). A police group scan is registered with its
 * members and the scan at `/groepen/registreren` (ZVT-1.3, ZVT-2B; the API refuses a group scan here).
 */
export function RegistrationScreen() {
  const tables = useLoaderData<typeof registrationLoader>();
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  useDocumentTitle('Nieuwe aanmelding');
  const [draft, setDraft] = useState<Draft>({
    tableId: tables.length === 1 ? (tables[0]?.id ?? '') : '',
    subject: { fullName: '', birthDate: '', municipality: '' },
    legalRepresentatives: [],
    reason: '',
    facts: {},
  });
  const set = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const result = await run(() => api.registerCase(toRegistration(draft)));
    if (result.ok) await navigate(`/casussen/${result.value.id}`);
  };

  return (
    <>
      <Heading1>Nieuwe aanmelding</Heading1>
      <Paragraph>
        Meld alleen aan wat nodig is om de criteria te toetsen: wie het betreft, waarom in één of twee zinnen, en de antwoorden op de criteria. Geen
        voorgeschiedenis en geen gegevens over anderen dan de jeugdige en diens wettelijk vertegenwoordigers.
      </Paragraph>
      <Paragraph>
        Een groepsscan van de politie registreert u met de groepsleden en de scan bij{' '}
        <AppLink to="/groepen/registreren">Groepen: groep registreren</AppLink>.
      </Paragraph>
      {tables.length === 0 && <Paragraph>U bent aan geen enkele tafel gekoppeld. Vraag de applicatiebeheerder om u toe te voegen.</Paragraph>}
      <ProblemAlert problem={problem} labels={SUMMARY_LABELS} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField
          name="tableId"
          label="Tafel"
          value={draft.tableId}
          error={errors.tableId}
          onChange={(event) => {
            set({ tableId: event.target.value });
          }}
        >
          <SelectOption value="">Kies een tafel</SelectOption>
          {tables.map((table) => (
            <SelectOption key={table.id} value={table.id}>
              {table.name}
            </SelectOption>
          ))}
        </SelectField>
        <section aria-labelledby="jeugdige-kop" className="kt-section">
          <Heading2 id="jeugdige-kop">De jeugdige</Heading2>
          <TextField
            name="subject.fullName"
            label="Naam"
            autoComplete="off"
            value={draft.subject.fullName}
            error={errors['subject.fullName']}
            onChange={(event) => {
              set({ subject: { ...draft.subject, fullName: event.target.value } });
            }}
          />
          <TextField
            name="subject.birthDate"
            type="date"
            label="Geboortedatum"
            max={today()}
            value={draft.subject.birthDate}
            error={errors['subject.birthDate']}
            onChange={(event) => {
              set({ subject: { ...draft.subject, birthDate: event.target.value } });
            }}
          />
          <TextField
            name="subject.municipality"
            label="Woonplaats"
            autoComplete="off"
            value={draft.subject.municipality}
            error={errors['subject.municipality']}
            onChange={(event) => {
              set({ subject: { ...draft.subject, municipality: event.target.value } });
            }}
          />
          <LegalRepresentativesFieldset
            value={draft.legalRepresentatives}
            errors={errors}
            onChange={(legalRepresentatives) => {
              set({ legalRepresentatives });
            }}
          />
        </section>
        <TextAreaField
          name="reason"
          label="Reden van aanmelding"
          description={`Alleen de reden in één of twee zinnen; geen voorgeschiedenis of gegevens over anderen. Hoogstens ${REASON_MAX} tekens.`}
          maxLength={REASON_MAX}
          rows={3}
          value={draft.reason}
          error={errors.reason}
          onChange={(event) => {
            set({ reason: event.target.value });
          }}
        />
        <EligibilityFactsFieldset
          value={draft.facts}
          errors={errors}
          onChange={(facts) => {
            set({ facts });
          }}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Aanmelding versturen
        </Button>
      </form>
    </>
  );
}
