import { useCallback, useMemo } from 'react';
import { Button, Heading3, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { FocusReleases } from '../api/focus-types.ts';
import type { Contribution } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useFetched } from '../app/useFetched.ts';
import { formatDate } from '../i18n/format.ts';
import { contributionKindLabel } from './ContributionsPanel.tsx';
import { ProblemAlert } from './FormErrors.tsx';

type OnSaved = (message: string) => Promise<void>;

function OwnedContribution({ caseId, contribution, data, onSaved }: { readonly caseId: string; readonly contribution: Contribution; readonly data: FocusReleases; readonly onSaved: OnSaved }) {
  const { run, problem, busy } = useApiAction();
  const kind = contributionKindLabel(contribution.kind);
  const active = data.releases.filter((r) => r.contributionId === contribution.id && r.withdrawnAt === null);
  const open = data.meetings.filter((m) => !active.some((r) => r.agendaItemId === m.agendaItemId));
  if (active.length === 0 && open.length === 0) return null;
  return (
    <div className="kt-subsection">
      <Heading4>{kind}</Heading4>
      <ProblemAlert problem={problem} />
      {active.length > 0 && (
        <UnorderedList>
          {active.map((release) => (
            <UnorderedListItem key={release.id}>
              Vrijgegeven voor het focusoverleg van {formatDate(release.meetingStartsOn)}
              {release.visibleNow ? ' — de uitgenodigde partners zien dit nu.' : ` — zichtbaar voor de uitgenodigde partners op ${formatDate(release.meetingStartsOn)}.`}{' '}
              <Button
                appearance="secondary-action-button"
                busy={busy}
                disabled={busy}
                aria-label={`Vrijgave voor focusoverleg ${formatDate(release.meetingStartsOn)} intrekken: ${kind}`}
                onClick={() => {
                  void run(() => api.focusReleases.withdraw(caseId, contribution.id, release.id)).then(async (result) => {
                    if (result.ok) await onSaved(`Vrijgave van ${kind} voor het focusoverleg van ${formatDate(release.meetingStartsOn)} ingetrokken.`);
                  });
                }}
              >
                Intrekken
              </Button>
            </UnorderedListItem>
          ))}
        </UnorderedList>
      )}
      {open.map((meeting) => (
        <Paragraph key={meeting.agendaItemId}>
          <Button
            appearance="secondary-action-button"
            busy={busy}
            disabled={busy}
            aria-label={`Vrijgeven voor focusoverleg ${formatDate(meeting.startsOn)}: ${kind}`}
            onClick={() => {
              void run(() => api.focusReleases.release(caseId, contribution.id, meeting.agendaItemId)).then(async (result) => {
                if (result.ok) await onSaved(`${kind} vrijgegeven voor het focusoverleg van ${formatDate(meeting.startsOn)}.`);
              });
            }}
          >
            Vrijgeven voor focusoverleg {formatDate(meeting.startsOn)}
          </Button>
        </Paragraph>
      ))}
    </div>
  );
}

function Loaded({ caseId, owned, onSaved }: { readonly caseId: string; readonly owned: readonly Contribution[]; readonly onSaved: OnSaved }) {
  // Loaded again when the case page revalidates (new contribution objects), so a release shows at once; only the
  // releases of contributions shown here.
  const load = useCallback(
    () => api.focusReleases.ofCase(caseId).then((data) => ({ ...data, releases: data.releases.filter((r) => owned.some((o) => o.id === r.contributionId)) })),
    [caseId, owned],
  );
  const { data, problem } = useFetched(load);
  if (problem) return <ProblemAlert problem={problem} />;
  if (!data || (data.meetings.length === 0 && data.releases.every((r) => r.withdrawnAt !== null))) return null;
  return (
    <div className="kt-subsection">
      <Heading3>Vrijgeven voor het focusoverleg</Heading3>
      <Paragraph>
        Wat u voor een focusoverleg vrijgeeft, zien alleen de ketenpartners die voor dit agendapunt zijn uitgenodigd: alleen op de dag van het overleg
        en tot het focusoverleg over de casus heeft besloten. Intrekken werkt direct (ZVT-2A.4).
      </Paragraph>
      {owned.map((contribution) => (
        <OwnedContribution key={contribution.id} caseId={caseId} contribution={contribution} data={data} onSaved={onSaved} />
      ))}
    </div>
  );
}

/**
 * ZVT-2A.4 "where each owner shares only what it releases for that meeting": for the owner of contributions of a
 * case on a focus meeting, one button per meeting ("Vrijgeven voor focusoverleg 1 december 2026") and the releases
 * made, each to withdraw at once. Shows nothing to anyone who owns none of the case's contributions.
 */
export function FocusReleasePanel({ caseId, contributions, onSaved }: { readonly caseId: string; readonly contributions: readonly Contribution[]; readonly onSaved: OnSaved }) {
  // Memoised: the loader below depends on it, and a new array on every render would load again and again.
  const owned = useMemo(() => contributions.filter((c) => c.abilities.release), [contributions]);
  if (owned.length === 0) return null;
  return <Loaded caseId={caseId} owned={owned} onSaved={onSaved} />;
}
