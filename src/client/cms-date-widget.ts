/**
 * The form's date field. A clerk types a date as they write it — 30/06/2022, or just 30062022 —
 * read day first whatever the browser's language (src/lib/cms/typed-date.ts), or picks it with the
 * "Kalender" button (the browser's own date picker). The value is stored as 2022-06-30 as soon as
 * the typed text is a whole, real day; until then the field's pattern says how to write it. A field
 * limited to a plan year offers only that year on the calendar. Built with the React helpers Decap
 * puts on `window` for custom widgets.
 */
import { parseTypedDate, shownDate } from '../lib/cms/typed-date.ts';

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

interface Control {
  props: ControlProps;
  state: { text: string };
  picker?: HTMLInputElement | null;
  setState(state: { text: string }): void;
}

type Create = (spec: Record<string, unknown>) => unknown;
type H = (type: string, props: Record<string, unknown> | null, ...children: unknown[]) => unknown;

declare global {
  interface Window {
    createClass?: Create;
    h?: H;
  }
}

/** "2022-06-30" from what a file holds (a string, or a date a YAML reader made of it). */
function stored(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : '';
}

/** The plan year a field is limited to, read from its pattern (`^2022-…`). */
function yearOf(field: FieldMap): string | undefined {
  const pattern = field.get('pattern') as { get?(index: number): unknown } | unknown[] | undefined;
  const source = Array.isArray(pattern) ? pattern[0] : typeof (pattern as { get?: unknown } | undefined)?.get === 'function' ? (pattern as { get(index: number): unknown }).get(0) : undefined;
  return typeof source === 'string' ? /^\^(\d{4})-/.exec(source)?.[1] : undefined;
}

export function dateControl(): unknown {
  const { createClass, h } = window;
  if (!createClass || !h) return undefined;
  return createClass({
    getInitialState(this: Control) {
      return { text: shownDate(stored(this.props.value)) };
    },
    change(this: Control, text: string) {
      this.setState({ text });
      this.props.onChange(parseTypedDate(text) ?? text);
    },
    pick(this: Control, value: string) {
      if (!value) return;
      this.setState({ text: shownDate(value) });
      this.props.onChange(value);
    },
    render(this: Control & { change(text: string): void; pick(value: string): void }) {
      const { forID, classNameWrapper, setActiveStyle, setInactiveStyle, field, value } = this.props;
      const year = yearOf(field);
      const iso = parseTypedDate(stored(value));
      return h(
        'div',
        { style: { display: 'flex', gap: '0.5rem', alignItems: 'stretch' } },
        h('input', {
          type: 'text',
          id: forID,
          className: classNameWrapper,
          inputMode: 'numeric',
          autoComplete: 'off',
          placeholder: 'HH/BB/TTTT',
          value: this.state.text,
          onChange: (event: { target: { value: string } }) => this.change(event.target.value),
          onFocus: setActiveStyle,
          onBlur: () => {
            setInactiveStyle();
            // a whole date typed as digits reads back as 30/06/2022
            const whole = parseTypedDate(this.state.text);
            if (whole) this.setState({ text: shownDate(whole) });
          },
        }),
        h('input', {
          type: 'date',
          tabIndex: -1,
          'aria-hidden': 'true',
          ref: (element: HTMLInputElement | null) => {
            this.picker = element;
          },
          value: iso ?? '',
          ...(year ? { min: `${year}-01-01`, max: `${year}-12-31` } : {}),
          onChange: (event: { target: { value: string } }) => this.pick(event.target.value),
          style: { position: 'absolute', width: '1px', height: '1px', opacity: 0, pointerEvents: 'none' },
        }),
        h(
          'button',
          {
            type: 'button',
            onClick: () => this.picker?.showPicker?.(),
            style: { padding: '0 0.75rem', font: 'inherit', border: '2px solid #dfdfe3', borderRadius: '5px', background: '#fff', cursor: 'pointer' },
          },
          'Kalender',
        ),
      );
    },
  });
}
