import { useState } from 'react';
import { redirect, useLoaderData, useRevalidator } from 'react-router';
import { Heading1, PreHeading } from '@utrecht/component-library-react';
import { api, ApiError, notFound } from '../api/client.ts';
import type { AdmissionResult, Contribution } from '../api/types.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { formatDate } from '../i18n/format.ts';
import { ADMISSION_DECISION_LABELS } from '@ketentafel/domain';
import { DataRows } from '../components/DataRows.tsx';
import { InformingStatusBadge } from '../components/InformingStatusBadge.tsx';
import { CaseDecision, CaseFactsTable, CaseHistory, CaseIdentity } from '../components/CaseFacts.tsx';
import { AssessmentPanel } from '../components/AssessmentPanel.tsx';
import { AdmissionDecisionForm } from '../components/AdmissionDecisionForm.tsx';
import { InformingPanel } from '../components/InformingPanel.tsx';
import { PartnerQueryPanel } from '../components/PartnerQueryPanel.tsx';
import { ContributionsPanel } from '../components/ContributionsPanel.tsx';
import { GrantRequestsPanel } from '../components/GrantRequestsPanel.tsx';
import { ReleasedCaseView } from '../components/ReleasedCaseView.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { DirectionAndRetention } from '../components/DirectionAndRetention.tsx';
import { TriageSection } from '../components/TriageSection.tsx';
import { CasePlanPanel } from '../components/CasePlanPanel.tsx';
import { LettersPanel } from '../components/LettersPanel.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TRIAGE_PHASE = '2A';

/** The contributions of a case the caller may see; none (404, X-2) is an empty list, not an error. */
async function visibleContributions(caseId: string): Promise<Contribution[]> {
  try {
    return (await api.contributions(caseId)).contributions;
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return [];
    throw error;
  }
}

/**
 * Loads a case, the contributions the caller may see and, only where abilities allow, the assessment
 * (chain director, phase 1) and the table's partners (for partner queries and releases). A malformed id
 * is a 404 like any unknown case.
 */
export const caseLoader = protect(async ({ params }) => {
  const caseId = params.caseId ?? '';
  if (!UUID.test(caseId)) throw notFound();
  // Contributions only after the case itself: their reading is logged, and must not be for a case not shown.
  const detail = await api.caseDetail(caseId);
  // ZVT-2B (ADR 0017): a group is shown and worked on at its group page, under the group policy; only the admission
  // decision of phase 1 (including "not admitted") stays here, for the chain director.
  // eslint-disable-next-line @typescript-eslint/only-throw-error -- a thrown redirect Response is how a loader redirects
  if (detail.view === 'full' && detail.kind === 'group-scan' && !detail.abilities.decideAdmission) throw redirect(`/groepen/${caseId}`);
  if (detail.view === 'released') {
    // A partner that only received releases: the released contributions and nothing else (X-2, ZVT-3A.3).
    const [released, { releases }] = await Promise.all([visibleContributions(caseId), api.releasesToMe()]);
    return { view: 'released' as const, detail, contributions: released, releases: releases.filter((release) => release.caseId === caseId) };
  }
  const [assessment, contributions, queryTables] = await Promise.all([
    detail.abilities.assess ? api.assessment(caseId) : Promise.resolve(null),
    visibleContributions(caseId),
    detail.abilities.sendPartnerQuery ? api.myTables() : Promise.resolve(null),
  ]);
  const canRelease = contributions.some((contribution) => contribution.abilities.release);
  const tables = queryTables ?? (canRelease ? await api.myTables() : null);
  const partners = tables?.tables.find((table) => table.id === detail.table.id)?.partners ?? [];
  return { view: 'full' as const, detail, assessment, partners, contributions };
});

type CaseData = Extract<Awaited<ReturnType<typeof caseLoader>>, { view: 'full' }>;

/**
 * `/casussen/:caseId`: one case with the actions its abilities allow. Keyed by case, so confirmations and
 * half-filled forms never carry over to another case.
 */
export function CaseScreen() {
  const data = useLoaderData<typeof caseLoader>();
  if (data.view === 'released') return <ReleasedCaseView key={data.detail.id} {...data} />;
  return <CaseView key={data.detail.id} {...data} />;
}

function CaseView({ detail, assessment, partners, contributions }: CaseData) {
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>();
  useDocumentTitle(`Casus ${detail.reference}`);

  const afterSave = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  const afterDecision = (result: AdmissionResult) => afterSave(`Besluit vastgelegd: ${ADMISSION_DECISION_LABELS[result.decision]}.`);
  const task = detail.informingTask;

  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>{detail.kind === 'group-scan' ? 'Groepsscan' : 'Casus'}</PreHeading>
        <Heading1>{detail.title}</Heading1>
      </hgroup>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Kenmerk', value: detail.reference },
          { key: 'Tafel', value: detail.table.name },
          { key: 'Fase', value: detail.phaseName },
          { key: 'Werkproces', value: `${detail.processVersion.name}, versie ${String(detail.processVersion.version)}` },
          { key: 'Aangemeld op', value: formatDate(detail.registeredOn) },
          { key: 'Aanmelder', value: detail.referrerOrganisation },
          { key: 'Informeren', value: <InformingStatusBadge status={task?.status ?? null} plannedOn={task?.plannedOn ?? null} /> },
        ]}
      />
      <CaseIdentity detail={detail} />
      {detail.facts && <CaseFactsTable facts={detail.facts} />}
      {task && <InformingPanel caseId={detail.id} task={task} canRecord={detail.abilities.recordInforming} onSaved={afterSave} />}
      {assessment && <AssessmentPanel assessment={assessment} />}
      {assessment && detail.abilities.decideAdmission && (
        <AdmissionDecisionForm caseId={detail.id} kind={detail.kind} assessment={assessment} onDecided={afterDecision} />
      )}
      {(detail.phase === TRIAGE_PHASE || detail.partnerQueries.length > 0) && (
        <PartnerQueryPanel
          caseId={detail.id}
          queries={detail.partnerQueries}
          canSend={detail.abilities.sendPartnerQuery}
          blockedByInforming={task !== null && task.status !== 'done' && !detail.abilities.sendPartnerQuery}
          partners={partners}
          onSaved={afterSave}
        />
      )}
      <TriageSection caseId={detail.id} tableId={detail.table.id} phase={detail.phase} />
      <LettersPanel caseId={detail.id} />
      {contributions.length > 0 && <ContributionsPanel caseId={detail.id} contributions={contributions} partners={partners} onSaved={afterSave} />}
      <CasePlanPanel caseId={detail.id} phase={detail.phase} />
      <DirectionAndRetention detail={detail} onSaved={afterSave} />
      <GrantRequestsPanel caseId={detail.id} onChanged={() => revalidator.revalidate()} />
      {detail.decision && <CaseDecision decision={detail.decision} />}
      <CaseHistory detail={detail} />
    </>
  );
}
