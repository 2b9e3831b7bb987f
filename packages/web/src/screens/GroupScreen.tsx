import { useState } from 'react';
import { useLoaderData, useLocation, useRevalidator } from 'react-router';
import {
  Button,
  Heading1,
  Heading2,
  Paragraph,
  PreHeading,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { api, notFound } from '../api/client.ts';
import { groupsApi } from '../api/groups.ts';
import type { GroupDetail } from '../api/group-types.ts';
import { protect } from '../app/protect.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from '../components/DataRows.tsx';
import { ProblemAlert } from '../components/FormErrors.tsx';
import { GroupOutcomeLetters } from '../components/GroupOutcomeLetters.tsx';
import { CorePartnerForm, GroupDecisionForm, GroupInformingForm, GroupOutcomeForm, GroupPictureForm } from '../components/GroupForms.tsx';
import { ContributionsPanel } from '../components/ContributionsPanel.tsx';
import { SavedMessage } from '../components/SavedMessage.tsx';
import { formatDate, today } from '../i18n/format.ts';
import { DECIDING_BODY_LABELS_NL, GROUP_DECISION_LABELS, groupStatusLabel, priorityLabel } from '../i18n/groups.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const groupLoader = protect(async ({ params }) => {
  const groupId = params.groupId ?? '';
  if (!UUID.test(groupId)) throw notFound();
  const group = await groupsApi.detail(groupId);
  if (!group.abilities.releaseScan) return { group, release: null };
  // ZVT-3A.3: the owner (the police) releases the scan here, through the general release endpoint of contributions.
  const [{ contributions }, { tables }] = await Promise.all([api.contributions(groupId), api.myTables()]);
  const partners = tables.find((table) => table.id === group.table.id)?.partners ?? [];
  return { group, release: { contributions: contributions.filter((c) => c.abilities.release), partners } };
});

function AdmitButton({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: (message: string) => Promise<void> }) {
  const { run, problem, busy } = useApiAction();
  return (
    <div className="kt-subsection">
      <ProblemAlert problem={problem} />
      <Paragraph>Een groepsscan gaat na de aanmelding naar de groepsaanpak (fase 2B) of wordt niet in behandeling genomen (via de casus).</Paragraph>
      <Button
        appearance="primary-action-button"
        busy={busy}
        disabled={busy}
        onClick={() => {
          void run(() => api.decideAdmission(group.id, { decision: 'group-scan' })).then(async (result) => {
            if (result.ok) await onSaved('De groep is toegelaten tot de groepsaanpak (fase 2B).');
          });
        }}
      >
        Toelaten tot de groepsaanpak (2B)
      </Button>
    </div>
  );
}

function Members({ group }: { readonly group: GroupDetail }) {
  return (
    <section aria-labelledby="leden-kop" className="kt-section">
      <Heading2 id="leden-kop">Groepsleden</Heading2>
      <div className="kt-table-scroll">
        <Table>
          <TableCaption className="kt-visually-hidden">Groepsleden in de groepsscan</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Naam</TableHeaderCell>
              <TableHeaderCell scope="col">Geboortedatum</TableHeaderCell>
              <TableHeaderCell scope="col">Individueel aangemeld</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {group.members.map((m) => (
              <TableRow key={m.id}>
                <TableCell>{m.fullName}</TableCell>
                <TableCell>{formatDate(m.birthDate)}</TableCell>
                <TableCell>{m.registeredCaseReference ?? '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </section>
  );
}

function ScanAndCoreGroup({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: (message: string) => Promise<void> }) {
  return (
    <section aria-labelledby="kerngroep-kop" className="kt-section">
      <Heading2 id="kerngroep-kop">Groepsscan en kerngroep</Heading2>
      {group.scanDocument ? (
        <Paragraph>
          <a className="utrecht-link utrecht-link--html-a" href={groupsApi.scanUrl(group.id)} download>
            {`Groepsscan downloaden (${group.scanDocument.fileName}, PDF)`}
          </a>{' '}
          <span className="kt-muted">{`— bijdrage van ${group.scanDocument.owner}, strafrechtelijke gegevens.`}</span>
        </Paragraph>
      ) : (
        <Paragraph className="kt-muted">De groepsscan is een bijdrage van de politie; u ziet hem alleen als de politie hem aan uw organisatie vrijgeeft.</Paragraph>
      )}
      {group.corePartners.length === 0 ? (
        <Paragraph className="kt-empty">De kerngroep bestaat vanaf fase 2B.</Paragraph>
      ) : (
        <UnorderedList aria-label="Kerngroep">
          {group.corePartners.map((p) => (
            <UnorderedListItem key={p.organisationId}>{p.onRequest ? `${p.organisation} (op verzoek)` : p.organisation}</UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {group.abilities.addCorePartner && <CorePartnerForm group={group} onSaved={onSaved} />}
    </section>
  );
}

function Picture({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: (message: string) => Promise<void> }) {
  const p = group.picture;
  if (!p && !group.abilities.recordPicture) return null;
  return (
    <section aria-labelledby="beeld-kop" className="kt-section">
      <Heading2 id="beeld-kop">Groepsbeeld (ZVT-2B.1)</Heading2>
      {p && (
        <DataRows
          rows={[
            { key: 'Gedrag', value: p.behaviour },
            { key: 'Impact op de omgeving', value: p.impact },
            { key: 'Samenstelling', value: p.composition },
            { key: 'Groepsdynamiek', value: p.dynamics },
            { key: 'Risico op afglijden', value: p.slidingRisk },
            { key: 'Overleg met het OM', value: p.prosecutorConsultation ? `${formatDate(p.prosecutorConsultation.consultedOn)}: ${p.prosecutorConsultation.summary}` : 'Niet vastgelegd' },
          ]}
        />
      )}
      {group.abilities.recordPicture && <GroupPictureForm group={group} onSaved={onSaved} />}
      {group.abilities.recordOutcome && <GroupOutcomeForm group={group} onSaved={onSaved} />}
    </section>
  );
}

function PlanAndDecisions({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: (message: string) => Promise<void> }) {
  const plan = group.draftPlan;
  if (!plan) return null;
  const names = (ids: readonly string[]) => group.members.filter((m) => ids.includes(m.id)).map((m) => m.fullName).join(', ');
  return (
    <section aria-labelledby="plan-kop" className="kt-section">
      <Heading2 id="plan-kop">Concept plan van aanpak en besluiten (ZVT-2B.2, ZVT-2B.3)</Heading2>
      <DataRows
        rows={[
          { key: 'Gebiedsgerichte maatregelen', value: plan.areaMeasures },
          { key: 'Groepsmaatregelen', value: plan.groupMeasures },
          { key: 'Individuele aanpak nodig voor', value: names(plan.individualApproachMemberIds) },
          { key: 'Veiligheidshuis', value: plan.involveVeiligheidshuis ? 'Ja' : 'Nee' },
          { key: 'Prioriteit', value: `${priorityLabel(plan.priority)}${plan.criminalGroup ? ' — criminele groep' : ''}` },
          { key: 'Voorleggen aan', value: DECIDING_BODY_LABELS_NL[plan.decidingBody] },
        ]}
      />
      {group.decisions.length > 0 && (
        <UnorderedList aria-label="Besluiten">
          {group.decisions.map((d) => (
            <UnorderedListItem key={d.id}>
              {`${formatDate(d.decidedOn)}, ${DECIDING_BODY_LABELS_NL[d.body]}: ${d.outcomes.map((o) => GROUP_DECISION_LABELS[o as keyof typeof GROUP_DECISION_LABELS]).join('; ')}${d.motivation ? ` — ${d.motivation}` : ''}`}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {group.abilities.recordDecision && <GroupDecisionForm group={group} today={today()} onSaved={onSaved} />}
    </section>
  );
}

function Informing({ group, onSaved }: { readonly group: GroupDetail; readonly onSaved: (message: string) => Promise<void> }) {
  if (group.informing.length === 0) return null;
  const open = group.informing.filter((t) => t.status === 'open');
  return (
    <section aria-labelledby="informeren-kop" className="kt-section">
      <Heading2 id="informeren-kop">Informeren van de groepsleden (ZVT-2B.4)</Heading2>
      <UnorderedList aria-label="Informeertaken">
        {group.informing.map((t) => (
          <UnorderedListItem key={t.id}>{t.status === 'done' ? `${t.memberName}: verzonden op ${formatDate(t.sentOn ?? '')}` : `${t.memberName}: nog te informeren`}</UnorderedListItem>
        ))}
      </UnorderedList>
      {group.abilities.groupOutcomeLetters && <GroupOutcomeLetters groupId={group.id} reloadKey={group} onSaved={onSaved} />}
      {group.abilities.recordInforming && open[0] && (
        <>
          <Paragraph>Of leg vast dat een groepslid op een andere manier is geïnformeerd:</Paragraph>
          <GroupInformingForm key={open[0].id} group={group} task={open[0]} today={today()} onSaved={onSaved} />
        </>
      )}
    </section>
  );
}

/**
 * `/groepen/:groupId` (ZVT-2B.1–2B.4): the group with its members, the scan (if the police released it to the user),
 * the core group, the group picture, the draft plan, the decisions and the informing — each form only when the API's
 * abilities allow it.
 */
export function GroupScreen() {
  const { group, release } = useLoaderData<typeof groupLoader>();
  const location = useLocation();
  const revalidator = useRevalidator();
  const [saved, setSaved] = useState<string>((location.state as { saved?: string } | null)?.saved ?? '');
  useDocumentTitle(`Groep ${group.name}`);
  const afterSave = async (message: string) => {
    await revalidator.revalidate();
    setSaved(message);
  };
  return (
    <>
      <hgroup className="kt-hgroup">
        <PreHeading>{`Groep ${group.reference}`}</PreHeading>
        <Heading1>{group.name}</Heading1>
      </hgroup>
      <SavedMessage message={saved || undefined} />
      <DataRows
        rows={[
          { key: 'Gebied', value: group.area },
          { key: 'Tafel', value: group.table.name },
          { key: 'Stand', value: groupStatusLabel(group.phase, group.endState) },
          { key: 'Aangemeld door', value: group.referrer.organisation },
          { key: 'Geregistreerd op', value: formatDate(group.registeredOn) },
          { key: 'Reden', value: group.reason },
          { key: 'Niet bij naam bekend (alleen aantal)', value: String(group.unknownMemberCount) },
        ]}
      />
      {group.abilities.admit && <AdmitButton group={group} onSaved={afterSave} />}
      <Members group={group} />
      <ScanAndCoreGroup group={group} onSaved={afterSave} />
      {release && release.contributions.length > 0 && <ContributionsPanel caseId={group.id} contributions={release.contributions} partners={release.partners} onSaved={afterSave} />}
      <Picture group={group} onSaved={afterSave} />
      <PlanAndDecisions group={group} onSaved={afterSave} />
      <Informing group={group} onSaved={afterSave} />
    </>
  );
}
