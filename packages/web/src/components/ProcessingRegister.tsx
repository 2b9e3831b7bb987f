import { Heading1, Heading2, Paragraph } from '@utrecht/component-library-react';
import type { ProcessingActivity } from '../api/types.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { DataRows } from './DataRows.tsx';

const list = (items: readonly string[]) => items.join('; ');

/** The privacy officer's start: the register of processing activities (AVG art. 30), without case content. */
export function ProcessingRegister({ activities }: { readonly activities: readonly ProcessingActivity[] }) {
  useDocumentTitle('Register van verwerkingsactiviteiten');
  return (
    <>
      <Heading1>Register van verwerkingsactiviteiten</Heading1>
      <Paragraph>
        Dit register (AVG artikel 30) beschrijft per verwerking het doel, de grondslag, de gegevens, de betrokkenen, de ontvangers en de bewaartermijn.
        Elke regel in het verwerkingslogboek verwijst naar één van deze verwerkingen.
      </Paragraph>
      {activities.map((activity) => (
        <section key={activity.id} aria-labelledby={`verwerking-${activity.id}`} className="kt-section kt-card">
          <Heading2 id={`verwerking-${activity.id}`}>{activity.name}</Heading2>
          <DataRows
            rows={[
              { key: 'Doel', value: activity.purpose },
              { key: 'Grondslag', value: activity.legalGround },
              { key: 'Categorieën gegevens', value: list(activity.dataCategories) },
              { key: 'Betrokkenen', value: list(activity.dataSubjects) },
              { key: 'Ontvangers', value: list(activity.recipients) },
              { key: 'Bewaartermijn', value: activity.retention },
              { key: 'Code', value: activity.id },
            ]}
          />
        </section>
      ))}
    </>
  );
}
