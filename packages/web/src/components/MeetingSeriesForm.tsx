import { useState, type SubmitEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button, Heading2, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { MEETING_KINDS, MEETING_KIND_DEFINITIONS, type MeetingKind } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { MyTable } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { formatDate, today } from '../i18n/format.ts';
import { partnerKindLabel } from '../i18n/meetings.ts';
import { RadioGroupField, SelectField, TextField } from './Field.tsx';
import { ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';

const KIND_HINTS: Readonly<Record<MeetingKind, string>> = {
  focus: 'bij twijfel over een gezamenlijke aanpak (fase 2A-focus), in beginsel eens in de twee weken',
  'core-group-focus': 'groepsaanpak (fase 2B), bijeengeroepen wanneer nodig',
  'case-meeting': 'de Zorg- en Veiligheidstafel (fase 3A), in beginsel eens in de drie weken',
};

function kindOption(kind: MeetingKind) {
  const definition = MEETING_KIND_DEFINITIONS[kind];
  const minimum = definition.minimumPartnerKinds.map(partnerKindLabel).join(', ');
  return { value: kind, label: `${definition.label}: ${KIND_HINTS[kind]}${minimum ? `; in ieder geval ${minimum}` : ''}` };
}

/**
 * A new series of meetings (ZVT-2A.4, ZVT-2B.1, ZVT-3A.1): table, kind, first date and time, length, cadence,
 * number of meetings and place. Choosing a kind proposes its usual cadence and length. On success the
 * series page opens with the generated dates.
 */
export function MeetingSeriesForm({ tables }: { readonly tables: readonly MyTable[] }) {
  const navigate = useNavigate();
  const { run, problem, errors, busy } = useApiAction();
  const [kind, setKind] = useState<MeetingKind>('case-meeting');
  const [interval, setInterval] = useState(String(MEETING_KIND_DEFINITIONS['case-meeting'].defaultIntervalWeeks));
  const [duration, setDuration] = useState(String(MEETING_KIND_DEFINITIONS['case-meeting'].defaultDurationMinutes));

  const chooseKind = (next: MeetingKind) => {
    setKind(next);
    setInterval(String(MEETING_KIND_DEFINITIONS[next].defaultIntervalWeeks));
    setDuration(String(MEETING_KIND_DEFINITIONS[next].defaultDurationMinutes));
  };

  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => (formText(form, name) === '' ? Number.NaN : Number(formText(form, name)));
    const result = await run(() =>
      api.meetings.createSeries({
        tableId: formText(form, 'tableId'),
        kind,
        startDate: formText(form, 'startDate'),
        startTime: formText(form, 'startTime'),
        durationMinutes: number('durationMinutes'),
        intervalWeeks: number('intervalWeeks'),
        count: number('count'),
        location: formText(form, 'location'),
      }),
    );
    if (!result.ok) return;
    const first = result.value.meetings[0];
    const saved = `${result.value.title}: ${String(result.value.meetings.length)} overleggen gepland${first ? `, het eerste op ${formatDate(first.startsOn)}` : ''}.`;
    await navigate(`/overleggen/reeksen/${result.value.id}`, { state: { saved } });
  };

  return (
    <section aria-labelledby="nieuwe-reeks-kop" className="kt-section kt-card">
      <Heading2 id="nieuwe-reeks-kop">Nieuwe overlegreeks</Heading2>
      <Paragraph>
        Ketentafel maakt de data aan op dezelfde weekdag en hetzelfde tijdstip (ook over de zomer- en wintertijd heen). Daarna kunt u één overleg
        verplaatsen of annuleren.
      </Paragraph>
      <ProblemAlert problem={problem} />
      <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
        <SelectField name="tableId" label="Tafel" defaultValue={tables.length === 1 ? tables[0]?.id : ''} error={errors.tableId}>
          <SelectOption value="">Kies een tafel</SelectOption>
          {tables.map((table) => (
            <SelectOption key={table.id} value={table.id}>
              {table.name}
            </SelectOption>
          ))}
        </SelectField>
        <RadioGroupField name="kind" legend="Soort overleg" options={MEETING_KINDS.map(kindOption)} value={kind} onChange={chooseKind} error={errors.kind} />
        <TextField name="startDate" type="date" label="Datum van het eerste overleg" description="Vandaag of later." min={today()} error={errors.startDate} />
        <TextField name="startTime" type="time" label="Begintijd" description="Nederlandse tijd, bijvoorbeeld 09:30." error={errors.startTime} />
        <TextField
          name="durationMinutes"
          type="number"
          inputMode="numeric"
          label="Duur in minuten"
          min={15}
          max={480}
          value={duration}
          onChange={(event) => {
            setDuration(event.target.value);
          }}
          error={errors.durationMinutes}
        />
        <TextField
          name="intervalWeeks"
          type="number"
          inputMode="numeric"
          label="Om de hoeveel weken"
          min={1}
          max={12}
          value={interval}
          onChange={(event) => {
            setInterval(event.target.value);
          }}
          error={errors.intervalWeeks}
        />
        <TextField name="count" type="number" inputMode="numeric" label="Aantal overleggen" min={1} max={52} defaultValue="8" error={errors.count} />
        <TextField
          name="location"
          label="Locatie"
          description="Alleen de plaats of de vergaderlink, geen namen: de locatie staat ook in de agenda-export."
          maxLength={200}
          error={errors.location}
        />
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Overlegreeks plannen
        </Button>
      </form>
    </section>
  );
}
