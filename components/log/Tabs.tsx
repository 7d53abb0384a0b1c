import { useRef, type KeyboardEvent } from 'react';

/** A WAI-ARIA tab list: arrows, Home and End move between tabs, each tab controls its panel. */
export function Tabs<T extends string>(props: { tabs: Array<{ id: T; label: string }>; current: T; onChange: (id: T) => void; label: string }) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  function onKey(e: KeyboardEvent) {
    const i = props.tabs.findIndex((t) => t.id === props.current);
    const n = props.tabs.length;
    const next = { ArrowRight: (i + 1) % n, ArrowLeft: (i - 1 + n) % n, Home: 0, End: n - 1 }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const id = (props.tabs[next] as { id: T }).id;
    props.onChange(id);
    refs.current.get(id)?.focus();
  }
  return (
    <div role="tablist" aria-label={props.label} className="tabs" onKeyDown={onKey}>
      {props.tabs.map((t) => (
        <button
          key={t.id}
          ref={(el) => {
            if (el) refs.current.set(t.id, el);
          }}
          type="button"
          role="tab"
          id={`tab-${t.id}`}
          aria-selected={t.id === props.current}
          aria-controls={`panel-${t.id}`}
          tabIndex={t.id === props.current ? 0 : -1}
          onClick={() => props.onChange(t.id)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
