import { Form } from 'react-router';
import { Button, SelectOption } from '@utrecht/component-library-react';
import type { MyTable } from '../api/types.ts';
import { SelectField } from './Field.tsx';

/** The `tafel` query parameter, or the first table; undefined when the user has no table. */
export function chosenTable(request: Request, tables: readonly MyTable[]): MyTable | undefined {
  const wanted = new URL(request.url).searchParams.get('tafel');
  return tables.find((t) => t.id === wanted) ?? tables[0];
}

/** Chooses one of the chain director's tables (only shown with more than one), plus optional extra fields. */
export function TablePicker({ tables, current, children }: { readonly tables: readonly MyTable[]; readonly current: MyTable; readonly children?: React.ReactNode }) {
  if (tables.length < 2 && !children) return null;
  return (
    <Form method="get" className="kt-filters" aria-label="Tafel kiezen">
      {tables.length > 1 && (
        <SelectField name="tafel" label="Tafel" defaultValue={current.id} key={current.id}>
          {tables.map((t) => (
            <SelectOption key={t.id} value={t.id}>
              {t.name}
            </SelectOption>
          ))}
        </SelectField>
      )}
      {tables.length === 1 && <input type="hidden" name="tafel" value={current.id} />}
      {children}
      <div className="kt-filters__actions">
        <Button type="submit" appearance="secondary-action-button">
          Tonen
        </Button>
      </div>
    </Form>
  );
}
