import { Heading2, Paragraph } from '@utrecht/component-library-react';
import type { CaseSummary } from '../api/types.ts';
import { CaseTable } from './CaseTable.tsx';

/**
 * ZVT-3A.2: the cases a partner professional sees because their organisation holds direction (from the case
 * meeting on), apart from their own registrations. Nothing when there are none.
 */
export function DirectedCasesSection({ cases }: { readonly cases: readonly CaseSummary[] }) {
  const directed = cases.filter((c) => !c.registeredByMe);
  if (directed.length === 0) return null;
  return (
    <section aria-labelledby="regie-kop" className="kt-section">
      <Heading2 id="regie-kop">Casussen met regie bij uw organisatie</Heading2>
      <Paragraph>Uit het casusoverleg: uw organisatie voert de regie over het plan (ZVT-3A.2).</Paragraph>
      <CaseTable caption="Casussen waarover uw organisatie de regie heeft" cases={directed} empty="" />
    </section>
  );
}
