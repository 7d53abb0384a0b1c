import { useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/** Rows drawn beyond the visible ones, so fast scrolling and Tab never land on a gap. */
const OVERSCAN = 6;

/**
 * A list that draws only the rows in view: 10,000 articles cost as much as 20. Fixed row height keeps
 * the arithmetic exact. It is a focusable scroll region, so the keyboard scrolls it (arrows, Page Up
 * and Down), and each row carries its position in the whole list for screen readers.
 */
export function VirtualList(props: {
  count: number;
  rowHeight: number;
  label: string;
  renderRow: (index: number) => ReactNode;
  /** The rows drawn [first, last), and the end of those actually in view (the rest is overscan). */
  onRange?: (first: number, last: number, lastInView: number) => void;
  className?: string;
  /** aria-setsize of the rows: -1 while the whole list's length is not known yet. Default: count. */
  size?: number;
  /** More rows are being read (aria-busy). */
  busy?: boolean;
  /** The scroll region, for a caller that moves the focus into the rows (e.g. after a deletion). */
  listRef?: RefObject<HTMLDivElement | null>;
}) {
  const { count, rowHeight, label, renderRow, onRange } = props;
  const size = props.size ?? count;
  const ownRef = useRef<HTMLDivElement>(null);
  const ref = props.listRef ?? ownRef;
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight || 600);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight || 600));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const lastInView = Math.min(count, Math.ceil((scrollTop + height) / rowHeight));
  const last = Math.min(count, lastInView + OVERSCAN);

  useLayoutEffect(() => {
    onRange?.(first, last, lastInView);
  }, [first, last, lastInView, onRange]);

  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div role="listitem" aria-posinset={i + 1} aria-setsize={size} key={i} className="vlist__row" style={{ top: i * rowHeight, height: rowHeight }}>
        {renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      className={`vlist ${props.className ?? ''}`}
      role="list"
      aria-label={label}
      aria-busy={props.busy || undefined}
      tabIndex={0}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div className="vlist__space" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
