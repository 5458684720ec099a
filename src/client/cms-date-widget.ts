/**
 * The form's date field: the browser's own date input. A clerk types a date as they write it
 * (30/06/2022 — the digits 30062022 fill day, month and year in turn) or picks it on the calendar;
 * the value is always YYYY-MM-DD. A field limited to a plan year (a `pattern` of `^2022-`) offers
 * only that year. Built with the React helpers Decap puts on `window` for custom widgets.
 */
interface FieldMap {
  get(key: string): unknown;
}

interface ControlProps {
  value?: unknown;
  onChange(value: string): void;
  forID: string;
  classNameWrapper: string;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  field: FieldMap;
}

type Create = (spec: Record<string, unknown>) => unknown;
type H = (type: string, props: Record<string, unknown>) => unknown;

declare global {
  interface Window {
    createClass?: Create;
    h?: H;
  }
}

/** "2022-06-30" from what a file holds (a string, or a date a YAML reader made of it). */
export function dateValue(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value) ? value.slice(0, 10) : '';
}

/** The plan year a field is limited to, read from its pattern (`^2022-`). */
export function yearOf(field: FieldMap): string | undefined {
  const pattern = field.get('pattern') as { get?(index: number): unknown } | unknown[] | undefined;
  const source = Array.isArray(pattern) ? pattern[0] : pattern && typeof (pattern as { get?: unknown }).get === 'function' ? (pattern as { get(index: number): unknown }).get(0) : undefined;
  return typeof source === 'string' ? /^\^(\d{4})-$/.exec(source)?.[1] : undefined;
}

export function dateControl(): unknown {
  const { createClass, h } = window;
  if (!createClass || !h) return undefined;
  return createClass({
    render(this: { props: ControlProps }) {
      const { value, onChange, forID, classNameWrapper, setActiveStyle, setInactiveStyle, field } = this.props;
      const year = yearOf(field);
      return h('input', {
        type: 'date',
        id: forID,
        className: classNameWrapper,
        value: dateValue(value),
        ...(year ? { min: `${year}-01-01`, max: `${year}-12-31` } : {}),
        onChange: (event: { target: { value: string } }) => onChange(event.target.value),
        onFocus: setActiveStyle,
        onBlur: setInactiveStyle,
      });
    },
  });
}
