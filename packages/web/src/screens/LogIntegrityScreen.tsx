import { useLoaderData, useRevalidator } from 'react-router';
import { Alert, Button, Heading1, Paragraph } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import type { LogIntegrity } from '../api/privacy-types.ts';
import { protect } from '../app/protect.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { formatDateTime } from '../i18n/format.ts';

/** Runs the verification of every hash chain of both logs (privacy officer only). */
export const logIntegrityLoader = protect(() => api.privacy.logIntegrity());

const TABLE_LABELS: Readonly<Record<NonNullable<LogIntegrity['firstBreak']>['table'], string>> = {
  processing_log: 'verwerkingenlog',
  user_audit_log: 'gebruikersauditlog',
};

const REASON_LABELS: Readonly<Record<NonNullable<LogIntegrity['firstBreak']>['reason'], string>> = {
  'row-hash-mismatch': 'de regel is gewijzigd',
  'prev-hash-mismatch': 'een regel ervoor is verwijderd of tussengevoegd',
  'definition-changed': 'de tabeldefinitie die de vastgelegde regel afleidt is gewijzigd',
};

/** `/privacy/integriteit`: whether the logs are unchanged (X-1 tamper evidence), and where the first break is. */
export function LogIntegrityScreen() {
  const result = useLoaderData<typeof logIntegrityLoader>();
  const revalidator = useRevalidator();
  useDocumentTitle('Integriteit van het log');
  const rows = result.rows.toLocaleString('nl-NL');
  return (
    <>
      <Heading1>Integriteit van het log</Heading1>
      <Paragraph>
        Elke logregel bevat een hash over de vorige regel en de eigen velden. Ketentafel rekent alle ketens na: een gewijzigde, verwijderde of
        tussengevoegde regel breekt de keten.
      </Paragraph>
      {result.intact ? (
        <Alert type="ok">
          <Paragraph>
            <strong>Het log is ongeschonden.</strong> {rows} logregels gecontroleerd op {formatDateTime(result.checkedAt)} (in{' '}
            {(result.durationMs / 1000).toLocaleString('nl-NL', { maximumFractionDigits: 1 })} s).
          </Paragraph>
        </Alert>
      ) : (
        <Alert type="error">
          <Paragraph>
            <strong>Het log is niet ongeschonden.</strong>{' '}
            {result.firstBreak &&
              `Eerste gebroken regel: ${TABLE_LABELS[result.firstBreak.table]}, keten ${String(result.firstBreak.chain)}, positie ${String(result.firstBreak.sequence)}, regel ${result.firstBreak.id} (${
                REASON_LABELS[result.firstBreak.reason]
              }).`}{' '}
            {rows} logregels gecontroleerd op {formatDateTime(result.checkedAt)}. Meld dit bij de beveiligingsfunctionaris.
          </Paragraph>
        </Alert>
      )}
      <Button appearance="secondary-action-button" busy={revalidator.state !== 'idle'} onClick={() => void revalidator.revalidate()}>
        Opnieuw controleren
      </Button>
    </>
  );
}
