import { type SubmitEvent } from 'react';
import {
  Button,
  Heading2,
  Heading3,
  Heading4,
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
import { DATA_CATEGORY_LABELS } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { Contribution, ContributionGrant, MyTable } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDateTime } from '../i18n/format.ts';
import { CONTRIBUTION_KIND_LABELS, labelOf } from '../i18n/labels.ts';
import { DataRows } from './DataRows.tsx';
import { SelectField, TextAreaField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';
import { FocusReleasePanel } from './FocusReleasePanel.tsx';

type Partner = MyTable['partners'][number];

/** The Dutch name of a contribution's kind, e.g. "Criteriafeiten (zorg)". */
export function contributionKindLabel(kind: string): string {
  return labelOf(CONTRIBUTION_KIND_LABELS, kind);
}

/** One release in the owner's list; an active one can be withdrawn, with a button that says what it withdraws. */
function GrantRow({
  caseId,
  contribution,
  grant,
  onSaved,
}: {
  readonly caseId: string;
  readonly contribution: Contribution;
  readonly grant: ContributionGrant;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, busy } = useApiAction();
  const kind = contributionKindLabel(contribution.kind);
  const withdraw = async () => {
    const result = await run(() => api.withdrawRelease(caseId, contribution.id, grant.id));
    if (result.ok) await onSaved(`Vrijgave ingetrokken: ${grant.organisation} ziet ${kind} niet meer.`);
  };
  return (
    <TableRow>
      <TableCell>{grant.organisation}</TableCell>
      <TableCell>{grant.activity}</TableCell>
      <TableCell>{formatDateTime(grant.grantedAt)}</TableCell>
      <TableCell>
        {grant.withdrawnAt ? (
          `Ingetrokken op ${formatDateTime(grant.withdrawnAt)}`
        ) : (
          <>
            <ProblemAlert problem={problem} />
            <Button
              appearance="secondary-action-button"
              busy={busy}
              disabled={busy}
              aria-label={`Intrekken: vrijgave van ${kind} aan ${grant.organisation} voor ${grant.activity}`}
              onClick={() => void withdraw()}
            >
              Intrekken
            </Button>
          </>
        )}
      </TableCell>
    </TableRow>
  );
}

function Grants({
  caseId,
  contribution,
  onSaved,
}: {
  readonly caseId: string;
  readonly contribution: Contribution;
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const kind = contributionKindLabel(contribution.kind);
  if (contribution.grants.length === 0) return <Paragraph className="kt-empty">Nog niet vrijgegeven aan een andere ketenpartner.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Vrijgaven van {kind}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Ketenpartner</TableHeaderCell>
            <TableHeaderCell scope="col">Activiteit</TableHeaderCell>
            <TableHeaderCell scope="col">Vrijgegeven op</TableHeaderCell>
            <TableHeaderCell scope="col">Intrekken</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {contribution.grants.map((grant) => (
            <GrantRow key={grant.id} caseId={caseId} contribution={contribution} grant={grant} onSaved={onSaved} />
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/** ZVT-3A.3: the owner releases the contribution to a partner of the table, for one activity of the plan. */
function ReleaseForm({
  caseId,
  contribution,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly contribution: Contribution;
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  const { run, problem, errors, busy } = useApiAction();
  const kind = contributionKindLabel(contribution.kind);
  // Releasing to one's own organisation means nothing: it already has the data.
  const others = partners.filter((partner) => partner.id !== contribution.owner.id);
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const organisationId = formText(form, 'organisationId');
    const activity = formText(form, 'activity');
    const result = await run(() => api.releaseContribution(caseId, contribution.id, { organisationId, activity }));
    if (result.ok) {
      formElement.reset();
      const name = others.find((partner) => partner.id === organisationId)?.name ?? 'de ketenpartner';
      await onSaved(`${kind} vrijgegeven aan ${name} voor: ${activity.trim()}.`);
    }
  };
  return (
    <FieldScope scope={`vrijgave-${contribution.id}`}>
      <Heading4>Vrijgeven</Heading4>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField name="organisationId" label="Ketenpartner" defaultValue="" error={errors.organisationId}>
          <SelectOption value="">Kies een ketenpartner</SelectOption>
          {others.map((partner) => (
            <SelectOption key={partner.id} value={partner.id}>
              {partner.name}
            </SelectOption>
          ))}
        </SelectField>
        <TextAreaField
          name="activity"
          label="Voor welke activiteit uit het plan van aanpak?"
          description="De partner mag de gegevens alleen voor deze activiteit gebruiken. Minstens 5 tekens."
          rows={2}
          maxLength={300}
          error={errors.activity}
        />
        {/* The name says what is released: there is one such button per contribution (WCAG 2.4.6, 2.5.3). */}
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy} aria-label={`Vrijgeven: ${kind}`}>
          Vrijgeven
        </Button>
      </form>
    </FieldScope>
  );
}

function ContributionItem({
  caseId,
  contribution,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly contribution: Contribution;
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  // A subsection, not a landmark: four regions per case would crowd the landmark list.
  return (
    <div className="kt-subsection">
      <Heading3>{contributionKindLabel(contribution.kind)}</Heading3>
      <DataRows
        rows={[
          { key: 'Soort gegevens', value: DATA_CATEGORY_LABELS[contribution.category] },
          { key: 'Ingebracht door', value: contribution.owner.name },
          { key: 'Ingebracht op', value: formatDateTime(contribution.createdAt) },
        ]}
      />
      {contribution.abilities.release && (
        <>
          <Grants caseId={caseId} contribution={contribution} onSaved={onSaved} />
          <ReleaseForm caseId={caseId} contribution={contribution} partners={partners} onSaved={onSaved} />
        </>
      )}
    </div>
  );
}

/**
 * Contributions of a case and their releases (ZVT-2A.3, ZVT-3A.3): what each partner brought in, and — for
 * the owner only (`abilities.release`) — to whom it is released for which activity, with release and
 * withdrawal. The server returns only the contributions the caller may see.
 */
export function ContributionsPanel({
  caseId,
  contributions,
  partners,
  onSaved,
}: {
  readonly caseId: string;
  readonly contributions: readonly Contribution[];
  readonly partners: readonly Partner[];
  readonly onSaved: (message: string) => Promise<void>;
}) {
  return (
    <section aria-labelledby="bijdragen-kop" className="kt-section kt-card">
      <Heading2 id="bijdragen-kop">Bijdragen en vrijgaven</Heading2>
      <Paragraph>Alleen de partner die de gegevens inbracht, beslist wie ze voor welke activiteit mag gebruiken.</Paragraph>
      {contributions.map((contribution) => (
        <ContributionItem key={contribution.id} caseId={caseId} contribution={contribution} partners={partners} onSaved={onSaved} />
      ))}
      <FocusReleasePanel caseId={caseId} contributions={contributions} onSaved={onSaved} />
    </section>
  );
}
