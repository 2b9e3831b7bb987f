import { Form, useLoaderData } from 'react-router';
import { Button, Heading1, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { api } from '../api/client.ts';
import { protect } from '../app/protect.ts';
import { useSession } from '../app/session.ts';
import { useDocumentTitle } from '../app/useDocumentTitle.ts';
import { CaseTable } from '../components/CaseTable.tsx';
import { DirectedCasesSection } from '../components/DirectedCasesSection.tsx';
import { SelectField } from '../components/Field.tsx';
import { AppLink } from '../components/Links.tsx';
import { processPhases } from '../i18n/process.ts';

/** Loads the cases the user may see, filtered by the `tafel` and `fase` query parameters, and the filter options. */
export const caseListLoader = protect(async ({ request }) => {
  const params = new URL(request.url).searchParams;
  const filter = { tableId: params.get('tafel') ?? '', phase: params.get('fase') ?? '' };
  const [cases, tables] = await Promise.all([
    api.cases({ tableId: filter.tableId || undefined, phase: filter.phase || undefined }),
    api.myTables(),
  ]);
  const phases = new Map<string, string>();
  for (const table of tables.tables) {
    for (const phase of processPhases(table.process.key, table.process.version)) phases.set(phase.id, phase.name);
  }
  return { cases: cases.cases, tables: tables.tables, phases: [...phases].map(([id, name]) => ({ id, name })), filter };
});

/** `/casussen`: the cases the user may see, as a table, with filters on table and phase. */
export function CaseListScreen() {
  const { cases, tables, phases, filter } = useLoaderData<typeof caseListLoader>();
  const { user } = useSession();
  const title = user.role === 'partner-professional' ? 'Mijn aanmeldingen' : 'Casussen';
  useDocumentTitle(title);
  const filtered = filter.tableId !== '' || filter.phase !== '';
  return (
    <>
      <Heading1>{title}</Heading1>
      <Form method="get" className="kt-filters" aria-label="Filters">
        <SelectField name="tafel" label="Tafel" defaultValue={filter.tableId} key={`t-${filter.tableId}`}>
          <SelectOption value="">Alle tafels</SelectOption>
          {tables.map((table) => (
            <SelectOption key={table.id} value={table.id}>
              {table.name}
            </SelectOption>
          ))}
        </SelectField>
        <SelectField name="fase" label="Fase" defaultValue={filter.phase} key={`f-${filter.phase}`}>
          <SelectOption value="">Alle fasen</SelectOption>
          {phases.map((phase) => (
            <SelectOption key={phase.id} value={phase.id}>
              {phase.name}
            </SelectOption>
          ))}
        </SelectField>
        <div className="kt-filters__actions">
          <Button type="submit" appearance="secondary-action-button">
            Filteren
          </Button>
          {filtered && <AppLink to="/casussen">Filters wissen</AppLink>}
        </div>
      </Form>
      <Paragraph role="status">
        {cases.length === 1 ? '1 casus' : `${String(cases.length)} casussen`}
        {filtered ? ' gevonden met deze filters.' : '.'}
      </Paragraph>
      {user.role === 'partner-professional' ? (
        <>
          <CaseTable caption={title} cases={cases.filter((c) => c.registeredByMe)} empty="Er zijn geen aanmeldingen van u die u mag zien." />
          <DirectedCasesSection cases={cases} />
        </>
      ) : (
        <CaseTable caption={title} cases={cases} empty="Er zijn geen casussen die u mag zien." />
      )}
    </>
  );
}
