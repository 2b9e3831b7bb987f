import { useCallback, type SubmitEvent } from 'react';
import {
  Alert,
  Button,
  Heading2,
  Heading3,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { MIN_MOTIVATION_LENGTH } from '@ketentafel/domain';
import { api } from '../api/client.ts';
import type { CaseDetail, CaseRetention, LegalHold, RetentionExceptionView } from '../api/types.ts';
import { useApiAction } from '../app/useApiAction.ts';
import { useFetched } from '../app/useFetched.ts';
import { addDays, formatDate, formatDateTime, today } from '../i18n/format.ts';
import { DataRows } from './DataRows.tsx';
import { TextAreaField, TextField } from './Field.tsx';
import { FieldScope, ProblemAlert } from './FormErrors.tsx';
import { formText } from './formData.ts';

type OnSaved = (message: string) => Promise<void>;

/** ZVT-4A.1: the normal schedule, with the rules in words. */
function Schedule({ retention }: { readonly retention: CaseRetention }) {
  const { schedule, scaleDownOn } = retention;
  if (!schedule || !scaleDownOn) return null;
  return (
    <>
      <Paragraph>
        Na het besluit tot afschaling blijft het dossier zes maanden actief. Daarna is het zes maanden inactief: alleen een beperkte set administratieve
        gegevens blijft bewaard, de rest wordt echt verwijderd. Twaalf maanden na het besluit wordt alles verwijderd, behalve tellingen die niet tot
        personen herleidbaar zijn. Het gaat om kalendermaanden; bestaat de dag niet in die maand, dan telt de laatste dag van de maand.
      </Paragraph>
      <DataRows
        rows={[
          { key: 'Besluit tot afschaling', value: formatDate(scaleDownOn) },
          { key: 'Actief tot en met', value: formatDate(schedule.activeUntil) },
          { key: 'Inactief vanaf', value: retention.inactiveSince ? `${formatDate(schedule.inactiveFrom)} (inactief sinds ${formatDate(retention.inactiveSince)})` : formatDate(schedule.inactiveFrom) },
          { key: 'Verwijderd op', value: formatDate(schedule.deleteOn) },
        ]}
      />
    </>
  );
}

function Paused({ retention }: { readonly retention: CaseRetention }) {
  if (retention.pausedBy === null) return null;
  const current = retention.exceptions.find((e) => e.current);
  return (
    <Alert type="warning">
      <Paragraph>
        {retention.pausedBy === 'legal-hold'
          ? 'Verwijderen is gepauzeerd door een juridische blokkade, tot de ketenregisseur die beëindigt.'
          : `Het schema is gepauzeerd door een afwijking, tot en met de herbeoordeling op ${current ? formatDate(current.reassessOn) : '—'}. Wordt de afwijking dan niet vernieuwd, dan geldt het normale schema weer en gebeurt wat al had moeten gebeuren direct.`}
      </Paragraph>
    </Alert>
  );
}

function Exceptions({ exceptions }: { readonly exceptions: readonly RetentionExceptionView[] }) {
  if (exceptions.length === 0) return <Paragraph className="kt-empty">Er is niet afgeweken van de bewaartermijn.</Paragraph>;
  return (
    <div className="kt-table-scroll">
      <Table>
        <TableCaption>Afwijkingen van de bewaartermijn</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">Vastgelegd op</TableHeaderCell>
            <TableHeaderCell scope="col">Motivering</TableHeaderCell>
            <TableHeaderCell scope="col">Herbeoordeling op</TableHeaderCell>
            <TableHeaderCell scope="col">Besloten door</TableHeaderCell>
            <TableHeaderCell scope="col">Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {exceptions.map((exception) => (
            <TableRow key={exception.id}>
              <TableCell>{formatDateTime(exception.recordedAt)}</TableCell>
              <TableCell>{exception.motivation}</TableCell>
              <TableCell>{formatDate(exception.reassessOn)}</TableCell>
              <TableCell>
                {exception.decidedByOrganisation} (vastgelegd door {exception.recordedBy})
              </TableCell>
              <TableCell>{exception.current ? 'Loopt' : 'Verstreken: het normale schema geldt weer'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

function ExceptionForm({ caseId, latest, direction, onSaved }: { readonly caseId: string; readonly latest: string; readonly direction: string; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await run(() => api.recordRetentionException(caseId, { motivation: formText(form, 'motivation'), reassessOn: formText(form, 'reassessOn') }));
    if (result.ok) {
      formElement.reset();
      await onSaved(`Afwijking vastgelegd namens ${result.value.decidedByOrganisation}; herbeoordeling op ${formatDate(result.value.reassessOn)}.`);
    }
  };
  return (
    <FieldScope scope="afwijking">
      <div className="kt-subsection">
        <Heading3>Afwijken van de bewaartermijn</Heading3>
        <Paragraph>
          Alleen in uitzonderingsgevallen, met een vastgelegde motivering en een datum van herbeoordeling van hoogstens zes maanden vooruit (uiterlijk{' '}
          {formatDate(latest)}). Het besluit is aan {direction}, de partner met de regie; de ketenregisseur kan het namens die partner vastleggen.
        </Paragraph>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextAreaField
            name="motivation"
            label="Motivering"
            description={`Waarom wordt afgeweken? Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens.`}
            rows={3}
            maxLength={2000}
            error={errors.motivation}
          />
          <TextField
            name="reassessOn"
            type="date"
            label="Datum van herbeoordeling"
            description={`Na vandaag en uiterlijk ${formatDate(latest)}.`}
            min={addDays(today(), 1)}
            max={latest}
            error={errors.reassessOn}
          />
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            Afwijking vastleggen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

function LegalHolds({ caseId, holds, canLift, onSaved }: { readonly caseId: string; readonly holds: readonly LegalHold[]; readonly canLift: boolean; readonly onSaved: OnSaved }) {
  const { run, problem, busy } = useApiAction();
  if (holds.length === 0) return <Paragraph className="kt-empty">Er ligt geen juridische blokkade op deze casus.</Paragraph>;
  const lift = async (hold: LegalHold) => {
    const result = await run(() => api.liftLegalHold(caseId, hold.id));
    if (result.ok) await onSaved('De juridische blokkade is beëindigd; het normale schema geldt weer.');
  };
  return (
    <>
      <ProblemAlert problem={problem} />
      <div className="kt-table-scroll">
        <Table>
          <TableCaption>Juridische blokkades</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Geplaatst op</TableHeaderCell>
              <TableHeaderCell scope="col">Motivering</TableHeaderCell>
              <TableHeaderCell scope="col">Geplaatst door</TableHeaderCell>
              <TableHeaderCell scope="col">Status</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {holds.map((hold) => (
              <TableRow key={hold.id}>
                <TableCell>{formatDateTime(hold.placedAt)}</TableCell>
                <TableCell>{hold.motivation}</TableCell>
                <TableCell>{hold.placedBy}</TableCell>
                <TableCell>
                  {hold.liftedAt ? (
                    `Beëindigd op ${formatDateTime(hold.liftedAt)}`
                  ) : canLift ? (
                    <Button appearance="secondary-action-button" busy={busy} disabled={busy} onClick={() => void lift(hold)}>
                      Blokkade beëindigen
                    </Button>
                  ) : (
                    'Actief'
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

function LegalHoldForm({ caseId, onSaved }: { readonly caseId: string; readonly onSaved: OnSaved }) {
  const { run, problem, errors, busy } = useApiAction();
  const submit = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const result = await run(() => api.placeLegalHold(caseId, { motivation: formText(new FormData(formElement), 'motivation') }));
    if (result.ok) {
      formElement.reset();
      await onSaved('Juridische blokkade geplaatst: deze casus wordt niet verwijderd zolang de blokkade loopt.');
    }
  };
  return (
    <FieldScope scope="blokkade">
      <div className="kt-subsection">
        <Heading3>Juridische blokkade plaatsen</Heading3>
        <Paragraph>
          Bij een klacht of rechtszaak: verwijderen van deze casus wordt gepauzeerd tot u de blokkade beëindigt. De privacy officer ziet alle blokkades.
        </Paragraph>
        <ProblemAlert problem={problem} />
        <form noValidate onSubmit={(event) => void submit(event)} className="kt-form">
          <TextAreaField
            name="motivation"
            label="Motivering"
            description={`Welke procedure loopt er? Minstens ${String(MIN_MOTIVATION_LENGTH)} tekens; noem geen namen.`}
            rows={3}
            maxLength={2000}
            error={errors.motivation}
          />
          <Button type="submit" appearance="secondary-action-button" busy={busy} disabled={busy}>
            Blokkade plaatsen
          </Button>
        </form>
      </div>
    </FieldScope>
  );
}

/**
 * ZVT-4A: the retention of the case — the schedule after the scale-down decision, what pauses it, exceptions
 * (ZVT-4A.2) and legal holds — with the forms the case's abilities allow. Shown once the case is scaled down, or
 * when a legal hold exists or may be placed. Loads its own data and reloads whenever the case does.
 */
export function RetentionPanel({ detail, onSaved }: { readonly detail: CaseDetail; readonly onSaved: OnSaved }) {
  const load = useCallback(() => api.caseRetention(detail.id), [detail]);
  const { data, problem } = useFetched(load);
  if (problem) return <ProblemAlert problem={problem} />;
  if (!data || (data.scaleDownOn === null && data.legalHolds.length === 0 && !data.abilities.placeLegalHold)) return null;
  const activeHold = data.legalHolds.some((hold) => hold.liftedAt === null);
  return (
    <section aria-labelledby="bewaartermijn-kop" className="kt-section kt-card">
      <Heading2 id="bewaartermijn-kop">Bewaartermijn</Heading2>
      {data.scaleDownOn === null ? (
        <Paragraph>De gefaseerde bewaartermijn begint bij het besluit tot afschaling.</Paragraph>
      ) : (
        <>
          <Schedule retention={data} />
          <Paused retention={data} />
          <Heading3>Afwijkingen</Heading3>
          <Exceptions exceptions={data.exceptions} />
          {data.abilities.recordException && (
            <ExceptionForm caseId={detail.id} latest={data.latestReassessOn} direction={detail.directionOrganisation.name} onSaved={onSaved} />
          )}
        </>
      )}
      <Heading3>Juridische blokkades</Heading3>
      <LegalHolds caseId={detail.id} holds={data.legalHolds} canLift={data.abilities.placeLegalHold} onSaved={onSaved} />
      {data.abilities.placeLegalHold && !activeHold && <LegalHoldForm caseId={detail.id} onSaved={onSaved} />}
    </section>
  );
}
