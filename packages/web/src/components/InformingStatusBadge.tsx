import { StatusBadge } from '@utrecht/component-library-react';
import type { InformingStatus } from '../api/types.ts';
import { INFORMING_STATUS_LABELS } from '../i18n/labels.ts';
import { formatDate } from '../i18n/format.ts';

const BADGE: Readonly<Record<InformingStatus, string>> = { open: 'warning', deferred: 'neutral', done: 'valid' };

/**
 * The state of the informing duty (ZVT-1.4), always in words so colour is never the only signal:
 * "Nog informeren", "Uitgesteld tot 1 mei 2026", "Geïnformeerd". A case without an informing task
 * (phase 1, or a group scan) says so.
 */
export function InformingStatusBadge({ status, plannedOn }: { readonly status: InformingStatus | null; readonly plannedOn?: string | null }) {
  if (status === null) {
    return <span className="kt-muted">Geen informeertaak</span>;
  }
  const text = status === 'deferred' && plannedOn ? `Uitgesteld tot ${formatDate(plannedOn)}` : INFORMING_STATUS_LABELS[status];
  return (
    <StatusBadge status={BADGE[status]}>
      <span className="kt-visually-hidden">Informeren: </span>
      {text}
    </StatusBadge>
  );
}
