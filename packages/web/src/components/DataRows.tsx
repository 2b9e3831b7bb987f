import type { ReactNode } from 'react';
import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';

/** One key–value row of a {@link DataRows} list. */
export interface DataRow {
  readonly key: string;
  readonly value: ReactNode;
}

/** A description list (`<dl>`) of key–value rows; empty values read "—". */
export function DataRows({ rows }: { readonly rows: readonly DataRow[] }) {
  return (
    <DataList className="kt-data-list">
      {rows.map((row) => (
        <DataListItem key={row.key}>
          <DataListKey>{row.key}</DataListKey>
          <DataListValue>{row.value === null || row.value === undefined || row.value === '' ? '—' : row.value}</DataListValue>
        </DataListItem>
      ))}
    </DataList>
  );
}
