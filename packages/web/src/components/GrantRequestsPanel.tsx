import { useCallback, useEffect, useState, type SubmitEvent } from 'react';
import {
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
import { DATA_CATEGORY_LABELS, MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api, ApiError } from '../api/client.ts';
import type { ContributionIndex, GrantRequest } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useSession } from '../app/session.ts';
import { formatDateTime } from '../i18n/format.ts';
import { contributionKindLabel } from './ContributionsPanel.tsx';
import { SelectField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { SavedMessage } from './SavedMessage.tsx';
import { formText } from './formData.ts';

/** Dutch status of a request, with the owner's reason when refused. */
export function grantRequestStatusText(request: GrantRequest): string {
  switch (request.status) {
    case 'open':
      return 'Wacht op besluit van de eigenaar';
    case 'granted':
      return `Vrijgegeven${request.decidedAt ? ` op ${formatDateTime(request.decidedAt)}` : ''}`;
    case 'refused':
      return `Geweigerd: ${request.refusalReason ?? ''}`;
    case 'withdrawn':
      return 'Vrijgegeven en daarna ingetrokken';
  }
}

/** What the owner is asked for, e.g. "Criteriafeiten (zorg) van Politie". */
function dataLabel(kind: string, owner: string): string {
  return `${contributionKindLabel(kind)} van ${owner}`;
}

function RequestForm({ index, onSaved }: { readonly index: ContributionIndex; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, errors, busy } = useApiAction();
  const requestable = index.contributions.filter((contribution) => contribution.abilities.request);
  if (requestable.length === 0) {
    return <Paragraph className="kt-empty">Er zijn geen gegevens die u nu kunt opvragen.</Paragraph>;
  }
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const contributionId = formText(form, 'contributionId');
    const activity = formText(form, 'activity');
    const motivation = formText(form, 'motivation');
    const chosen = requestable.find((contribution) => contribution.id === contributionId);
    if (!chosen) {
      await run(() =>
        Promise.reject(
          new ApiError({
            type: 'about:blank',
            title: 'Ongeldige invoer',
            status: 400,
            detail: 'Niet alle velden zijn goed ingevuld.',
            code: 'invalid-input',
            errors: [{ field: 'body.contributionId', message: 'Kies de gegevens die u wilt opvragen.' }],
          }),
        ),
      );
      return;
    }
    const result = await run(() => api.requestContribution(index.caseId, chosen.id, { activity, motivation }));
    if (result.ok) {
      formElement.reset();
      await onSaved(`Verzoek verstuurd aan ${chosen.owner.name}: ${contributionKindLabel(chosen.kind)} voor ${activity.trim()}.`);
    }
  };
  return (
    <FieldScope scope="gegevens-opvragen">
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField name="contributionId" label="Welke gegevens?" defaultValue="" error={errors.contributionId}>
          <SelectOption value="">Kies gegevens</SelectOption>
          {requestable.map((contribution) => (
            <SelectOption key={contribution.id} value={contribution.id}>
              {dataLabel(contribution.kind, contribution.owner.name)} ({DATA_CATEGORY_LABELS[contribution.category]})
              {contribution.visible ? ', al aan u vrijgegeven voor een andere activiteit' : ''}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField
          name="activity"
          label="Voor welke activiteit uit het plan van aanpak?"
          description="U mag de gegevens alleen voor deze activiteit gebruiken. Minstens 5 tekens."
          rows={2}
          maxLength={300}
          error={errors.activity}
        />
        <TextAreaField
          name="motivation"
          label="Waarom heeft u deze gegevens nodig?"
          description={`De eigenaar beslist op grond van deze motivering. Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`}
          rows={3}
          maxLength={2000}
          error={errors.motivation}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Gegevens opvragen
        </Button>
      </form>
    </FieldScope>
  );
}

function MyRequests({ requests }: { readonly requests: readonly GrantRequest[] }) {
  if (requests.length === 0) return <Paragraph className="kt-empty">Uw organisatie heeft in deze casus nog niets opgevraagd.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Verzoeken van uw organisatie in deze casus</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Gegevens</TableHeaderCell>
            <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
            <TableHeaderCell scope="col">Gevraagd op</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {requests.map((request) => (
            <TableRow key={request.id}>
              <TableCell>{dataLabel(request.kind, request.owner.name)}</TableCell>
              <TableCell>{request.activity}</TableCell>
              <TableCell>{formatDateTime(request.requestedAt)}</TableCell>
              <TableCell>{grantRequestStatusText(request)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * "Gegevens opvragen bij de eigenaar" (seed 000 fn. 4, ZVT-2A.3): a partner involved in the case sees which
 * contributions exist (without content, ADR 0011), asks the owner for one for an activity of the plan, and follows the
 * outcome. Loads its own data, so that the case screen needs one line; renders nothing for whom the index is not
 * available (404 — not involved) and while nothing could be asked or followed.
 */
export function GrantRequestsPanel({ caseId, onChanged }: { readonly caseId: string; readonly onChanged?: () => Promise<void> }) {
  // Only partner professionals ask (ADR 0011); others do not even try, so the log holds no needless denials.
  const asks = useSession().user.role === 'partner-professional';
  const [index, setIndex] = useState<ContributionIndex | null>();
  const [saved, setSaved] = useState<string>();
  const fetchIndex = useCallback(
    () =>
      api.contributionIndex(caseId).then(
        (loaded): ContributionIndex | null => loaded,
        (error: unknown) => {
          // Not involved (or no longer, after a withdrawal): the index does not exist for this user (X-2).
          if (error instanceof ApiError && error.status === 404) return null;
          throw error;
        },
      ),
    [caseId],
  );
  useEffect(() => {
    if (!asks) return;
    let current = true;
    void fetchIndex().then((loaded) => {
      if (current) setIndex(loaded);
    });
    return () => {
      current = false;
    };
  }, [asks, fetchIndex]);
  if (!index) return null;
  const foreign = index.contributions.some((contribution) => contribution.abilities.request || !contribution.visible);
  if (!foreign && index.requests.length === 0) return null;
  const afterSave = async (message: string) => {
    setIndex(await fetchIndex());
    await onChanged?.();
    setSaved(message);
  };
  return (
    <section aria-labelledby="opvragen-kop" className="kt-section kt-card">
      <Heading2 id="opvragen-kop">Gegevens opvragen bij de eigenaar</Heading2>
      <Paragraph>
        Elke ketenpartner houdt zeggenschap over de gegevens die hij inbracht. Wilt u gegevens van een andere partner gebruiken voor een activiteit uit het
        plan van aanpak, vraag dan de eigenaar om toestemming. U ziet hier welke gegevens er zijn, niet wat erin staat.
      </Paragraph>
      <SavedMessage message={saved} />
      <Heading3>Nieuw verzoek</Heading3>
      <RequestForm index={index} onSaved={afterSave} />
      <Heading3>Uw verzoeken</Heading3>
      <MyRequests requests={index.requests} />
    </section>
  );
}
