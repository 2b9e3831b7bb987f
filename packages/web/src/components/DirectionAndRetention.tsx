import type { CaseDetail } from '../api/types.ts';
import { DirectionPanel } from './DirectionPanel.tsx';
import { RetentionPanel } from './RetentionPanel.tsx';

/** The case page's direction (ZVT-3A.2) and retention (ZVT-4A) sections; each loads its own data. */
export function DirectionAndRetention({ detail, onSaved }: { readonly detail: CaseDetail; readonly onSaved: (message: string) => Promise<void> }) {
  return (
    <>
      <DirectionPanel detail={detail} onSaved={onSaved} />
      <RetentionPanel detail={detail} onSaved={onSaved} />
    </>
  );
}
