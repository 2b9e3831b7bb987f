import { useCallback, useState } from 'react';
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { meetingRecordApi } from '../api/meeting-records.ts';
import { useFetched } from '../app/useFetched.ts';
import { formatDate } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { AppLink } from './Links.tsx';
import { MinutesItemView } from './MinutesItemView.tsx';
import { SavedMessage } from './SavedMessage.tsx';

/**
 * The case page's plan (ZVT-3A.2): the case director, the latest case meeting's record as the user may see it (the
 * same rule as the minutes), and the monitoring date. Loads itself; reloads when `version` changes.
 */
export function CasePlanPanel({ caseId, phase }: { readonly caseId: string; readonly phase: string }) {
  const [reloads, setReloads] = useState(0);
  const [saved, setSaved] = useState<string>();
  const load = useCallback(() => meetingRecordApi.casePlan(caseId), [caseId, phase, reloads]); // eslint-disable-line react-hooks/exhaustive-deps
  const { data } = useFetched(load);
  if (!data || (data.caseDirector === null && data.latest === null)) return null;
  const outcome = data.latest?.item.outcome;
  return (
    <section aria-labelledby="plan-kop" className="kt-section">
      <Heading2 id="plan-kop">Plan van aanpak</Heading2>
      <SavedMessage message={saved} />
      <DataRows
        rows={[
          { key: 'Casusregisseur', value: data.caseDirector ? `${data.caseDirector.name} (${data.caseDirector.organisation})` : 'Nog niet afgesproken' },
          { key: 'Monitoring', value: outcome?.monitoringOn ? `${formatDate(outcome.monitoringOn)} met ${outcome.monitoringWith.map((o) => o.name).join(', ')}` : 'Geen monitoringafspraak' },
        ]}
      />
      {data.latest && (
        <>
          <Paragraph>
            Uit het casusoverleg van {formatDate(data.latest.meetingOn)} · <AppLink to={`/overleggen/${data.latest.meetingId}/verslag`}>Verslag van dat overleg</AppLink>
          </Paragraph>
          <MinutesItemView
            item={data.latest.item}
            onDecided={async (message) => {
              setReloads((n) => n + 1);
              setSaved(message);
              await Promise.resolve();
            }}
          />
        </>
      )}
    </section>
  );
}
