import { useId } from 'react';
import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';

/** One bar: a label, a value, and what an export shows instead, if anything. */
export interface Bar {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  /** E.g. "< 5" when an export hides the value; undefined when it is shown. */
  readonly onExport?: string | undefined;
}

const WIDTH = 640;
const LABEL_HEIGHT = 18;
const BAR_HEIGHT = 18;
const ROW = LABEL_HEIGHT + BAR_HEIGHT + 12;
const MAX_LABEL = 80;

function shorten(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

/**
 * A horizontal bar chart as SVG with a text alternative: the SVG is one image with a title and a description
 * that states every value, and the same figures follow as a data table (with what an export shows). No chart
 * library: bars are rectangles scaled to the largest value.
 */
export function BarChart({ title, bars, unit, valueHeader = 'Aantal' }: { readonly title: string; readonly bars: readonly Bar[]; readonly unit?: string; readonly valueHeader?: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  const suffix = unit ? ` ${unit}` : '';
  const description = bars.map((b) => `${b.label}: ${b.value.toLocaleString('nl-NL')}${suffix}`).join('; ');
  const anyHidden = bars.some((b) => b.onExport !== undefined);
  return (
    <figure className="kt-chart">
      <svg viewBox={`0 0 ${String(WIDTH)} ${String(height)}`} role="img" aria-labelledby={`${id}-t ${id}-d`} className="kt-chart__svg">
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{description}</desc>
        {bars.map((bar, i) => {
          const y = i * ROW;
          const width = Math.round(((WIDTH - 80) * bar.value) / max);
          return (
            <g key={bar.key}>
              <text x={0} y={y + 14} className="kt-chart__label">
                {shorten(bar.label)}
              </text>
              <rect x={0} y={y + LABEL_HEIGHT} width={Math.max(width, bar.value > 0 ? 2 : 0)} height={BAR_HEIGHT} className={bar.onExport ? 'kt-chart__bar kt-chart__bar--hidden' : 'kt-chart__bar'} />
              <text x={width + 6} y={y + LABEL_HEIGHT + 14} className="kt-chart__value">
                {`${bar.value.toLocaleString('nl-NL')}${suffix}${bar.onExport ? ' *' : ''}`}
              </text>
            </g>
          );
        })}
      </svg>
      <div className="kt-table-scroll">
        <Table>
          <TableCaption>{title} (gegevens van de grafiek)</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">Onderdeel</TableHeaderCell>
              <TableHeaderCell scope="col">{valueHeader}</TableHeaderCell>
              {anyHidden && <TableHeaderCell scope="col">Bij export</TableHeaderCell>}
            </TableRow>
          </TableHeader>
          <TableBody>
            {bars.map((bar) => (
              <TableRow key={bar.key}>
                <TableHeaderCell scope="row">{bar.label}</TableHeaderCell>
                <TableCell>
                  {bar.value.toLocaleString('nl-NL')}
                  {suffix}
                </TableCell>
                {anyHidden && <TableCell>{bar.onExport ?? bar.value.toLocaleString('nl-NL')}</TableCell>}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </figure>
  );
}
