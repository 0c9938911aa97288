import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type FocusEvent,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import type { MetricExplanation } from '../../model/provenance/explainMetric';
import type { QuantityFormatter } from '../../model/provenance/quantityText';
import { formatQuantity } from '../../format/numbers';
import { ProvenanceDetails } from './ProvenanceDetails';
import './provenance.css';

export { ConfidenceBadge } from './ConfidenceBadge';

export interface ProvenanceTipProps {
  /** What to explain, from explainMetric(); required. */
  explanation: MetricExplanation;
  /** The trigger's content, e.g. the formatted value; default an "ⓘ" with an accessible name. */
  children?: ReactNode;
  /** Renders quantities in the popover; default formatQuantity from src/ui/format.ts. */
  formatValue?: QuantityFormatter;
  /** Which edge of the trigger the popover lines up with; default 'start' (use 'end' in right-aligned cells). */
  align?: 'start' | 'end';
  /** Open when first rendered (tests, embeds); default false. */
  defaultOpen?: boolean;
}

/**
 * A value that explains itself: hovering or focusing it opens a non-modal popover with the
 * formula and each input's sources and confidence. Escape closes it; a click pins it open
 * (touch screens have no hover). The popover follows the trigger in the DOM, so Tab reaches
 * its links, and focus moving inside it keeps it open. Not for use inside a <p> (the popover holds paragraphs).
 */
export function ProvenanceTip({
  explanation,
  children,
  formatValue = formatQuantity,
  align = 'start',
  defaultOpen = false,
}: ProvenanceTipProps) {
  const [open, setOpen] = useState(defaultOpen);
  const [pinned, setPinned] = useState(false);
  const rootRef = useRef<HTMLSpanElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const popoverId = `${id}-popover`;
  const formulaId = `${id}-formula`;

  const close = useCallback(() => {
    setOpen(false);
    setPinned(false);
  }, []);

  // Fixed to the viewport, so a scrolling table cannot clip it; below the trigger unless the
  // trigger sits in the lower half of the window, then above.
  const [position, setPosition] = useState<CSSProperties>({});
  useLayoutEffect(() => {
    if (!open) return;
    const place = () => {
      const trigger = triggerRef.current;
      if (!trigger) return;
      const r = trigger.getBoundingClientRect();
      const { innerWidth: w, innerHeight: h } = window;
      const vertical = r.top > h / 2 ? { top: 'auto', bottom: h - r.top } : { top: r.bottom, bottom: 'auto' };
      const horizontal =
        align === 'end'
          ? { left: 'auto', right: Math.max(4, w - r.right) }
          : { left: Math.max(4, r.left), right: 'auto' };
      setPosition({ position: 'fixed', ...vertical, ...horizontal });
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [open, align]);

  // A pinned popover closes on a press anywhere else.
  useEffect(() => {
    if (!pinned) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) close();
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [pinned, close]);

  const onBlur = (event: FocusEvent) => {
    if (!rootRef.current?.contains(event.relatedTarget as Node | null)) close();
  };

  // Escape from inside the popover hands focus back to the trigger, which must not reopen it.
  const reopenOnFocus = useRef(true);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.stopPropagation();
    close();
    reopenOnFocus.current = false;
    triggerRef.current?.focus();
    reopenOnFocus.current = true;
  };

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: hovering opens the tip as a convenience; the button inside opens it by keyboard.
    <span
      className="prov-tip"
      ref={rootRef}
      onMouseEnter={() => setOpen(true)}
      onMouseLeave={() => {
        if (!pinned && !rootRef.current?.contains(document.activeElement)) setOpen(false);
      }}
      onFocus={() => {
        if (reopenOnFocus.current) setOpen(true);
      }}
      onBlur={onBlur}
      onKeyDown={onKeyDown}
    >
      <button
        ref={triggerRef}
        type="button"
        className={`prov-trigger${explanation.doubtful ? ' prov-trigger--doubtful' : ''}`}
        aria-expanded={open}
        aria-controls={open ? popoverId : undefined}
        aria-describedby={open ? formulaId : undefined}
        aria-label={children === undefined ? `How ${explanation.title} is computed` : undefined}
        onClick={() => {
          setOpen(true);
          setPinned((p) => !p || !open);
        }}
      >
        {children ?? 'ⓘ'}
        {explanation.doubtful && (
          <span className="prov-doubt-mark" title="Rests on a low-confidence, unconfirmed or disputed figure">
            <span aria-hidden="true">⚠</span>
            <span className="cs-sr-only"> (uncertain)</span>
          </span>
        )}
        {children !== undefined && <span className="cs-sr-only">, show how it is computed</span>}
      </button>
      {open && (
        <div
          className={`prov-popover${align === 'end' ? ' prov-popover--end' : ''}`}
          style={position}
          id={popoverId}
          role="dialog"
          aria-modal="false"
          aria-label={`How ${explanation.title} is computed`}
        >
          <ProvenanceDetails explanation={explanation} formatValue={formatValue} formulaId={formulaId} />
        </div>
      )}
    </span>
  );
}
