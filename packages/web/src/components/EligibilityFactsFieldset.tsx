import { Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import {
  ELIGIBILITY_CRITERION_LABELS,
  ELIGIBILITY_FACT_LABELS,
  FACT_VALUE_LABELS,
  FACT_VALUES,
  type EligibilityCriterionId,
  type EligibilityFactKey,
} from '@ketentafel/domain';
import type { FactValue } from '../api/types.ts';
import { RadioGroupField, type Choice } from './Field.tsx';
import type { FieldErrors } from './FormErrors.tsx';

/** Which facts belong to which criterion (ZVT-1.2), in form order. */
const CRITERION_FACTS: Readonly<Record<EligibilityCriterionId, readonly EligibilityFactKey[]>> = {
  a: ['adolescentCriminalLaw', 'youthCareContinuedAfter18', 'youthCareDecidedBefore18', 'youthCareResumptionWithinHalfYear'],
  b: ['partOfYouthNetwork', 'areaSafetyProblem'],
  c: ['careSafetyCooperationNeeded'],
  d: ['planBeyondReferrerNeeded'],
};

const CRITERION_HINTS: Partial<Record<EligibilityCriterionId, string>> = {
  a: 'Is de jeugdige jonger dan 18, dan volgt dit criterium al uit de geboortedatum. De vragen hieronder zijn van belang vanaf 18 jaar.',
  b: 'Eén van beide is genoeg; een jeugdige die alleen overlast geeft, hoeft niet in een netwerk te zitten.',
};

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const CHOICES: readonly Choice<FactValue>[] = FACT_VALUES.map((value) => ({ value, label: capitalise(FACT_VALUE_LABELS[value]) }));

/** Facts being entered; an unanswered fact is absent and the server names it. */
export type FactsDraft = Partial<Record<EligibilityFactKey, FactValue>>;

/**
 * The eight criteria facts as ja/nee/onbekend radio groups, under the criteria (a)–(d) of ZVT-1.2.
 * The facts are care and criminal data (ZVT-1.1); the form says so before asking.
 */
export function EligibilityFactsFieldset({
  value,
  onChange,
  errors,
}: {
  readonly value: FactsDraft;
  readonly onChange: (next: FactsDraft) => void;
  readonly errors: FieldErrors;
}) {
  return (
    <section aria-labelledby="criteria-kop" className="kt-section">
      <Heading2 id="criteria-kop">Criteria</Heading2>
      <Paragraph>
        De ketenregisseur toetst de aanmelding alleen op deze antwoorden (ZVT-1.2). Het zijn zorggegevens en strafrechtelijke gegevens: ze worden als
        zodanig beschermd en alleen gebruikt om te beoordelen of de casus op de tafel hoort. Weet u iets niet, kies dan &ldquo;onbekend&rdquo;.
      </Paragraph>
      {errors.facts && <p className="kt-field-error">{errors.facts}</p>}
      {(Object.keys(CRITERION_FACTS) as EligibilityCriterionId[]).map((criterion) => (
        <div key={criterion} className="kt-criterion">
          <Heading3>
            ({criterion}) {ELIGIBILITY_CRITERION_LABELS[criterion]}
          </Heading3>
          {CRITERION_HINTS[criterion] && <Paragraph>{CRITERION_HINTS[criterion]}</Paragraph>}
          {CRITERION_FACTS[criterion].map((fact) => (
            <RadioGroupField
              key={fact}
              name={`facts.${fact}`}
              legend={ELIGIBILITY_FACT_LABELS[fact]}
              options={CHOICES}
              value={value[fact]}
              error={errors[`facts.${fact}`]}
              className="kt-inline-choices"
              onChange={(next) => {
                onChange({ ...value, [fact]: next });
              }}
            />
          ))}
        </div>
      ))}
    </section>
  );
}
