import {
  Heading2,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ADMISSION_DECISION_LABELS, ELIGIBILITY_CRITERION_LABELS, FACT_VALUE_LABELS } from '@ketentafel/domain';
import type { Assessment } from '../api/types.ts';
import { formatDate } from '../i18n/format.ts';
import { ASSESSMENT_OUTCOME_LABELS } from '../i18n/labels.ts';

/**
 * "Toetsing (voorstel)": the computed test of the criteria on the referrer's data (ZVT-1.2), per criterion
 * with its explanation, and the proposal. The chain director decides; see AdmissionDecisionForm.
 */
export function AssessmentPanel({ assessment }: { readonly assessment: Assessment }) {
  return (
    <section aria-labelledby="toetsing-kop" className="kt-section kt-card">
      <Heading2 id="toetsing-kop">Toetsing (voorstel)</Heading2>
      <Paragraph>
        Berekend op {formatDate(assessment.onDate)} uit de gegevens van de aanmelder.
        {assessment.outcome && <> Uitkomst: {ASSESSMENT_OUTCOME_LABELS[assessment.outcome]}.</>}
      </Paragraph>
      {assessment.criteria.length > 0 ? (
        <div className="kt-table-scroll">
          <Table>
            <TableCaption className="kt-visually-hidden">Uitkomst per criterium</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">Criterium</TableHeaderCell>
                <TableHeaderCell scope="col">Uitkomst</TableHeaderCell>
                <TableHeaderCell scope="col">Toelichting</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {assessment.criteria.map((criterion) => (
                <TableRow key={criterion.id}>
                  <TableHeaderCell scope="row" className="kt-row-header">
                    ({criterion.id}) {ELIGIBILITY_CRITERION_LABELS[criterion.id]}
                  </TableHeaderCell>
                  <TableCell>{FACT_VALUE_LABELS[criterion.result]}</TableCell>
                  <TableCell>{criterion.reason}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      ) : (
        <Paragraph>Een groepsscan wordt niet aan de individuele criteria getoetst.</Paragraph>
      )}
      <Paragraph>
        <strong>Voorstel:</strong> {ADMISSION_DECISION_LABELS[assessment.proposal]}. Dit is een voorstel; u besluit. Wijkt uw besluit af, dan legt u de
        reden vast.
      </Paragraph>
    </section>
  );
}
