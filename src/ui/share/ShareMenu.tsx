import { useEffect, useRef, useState } from 'react';
import { PRESETS } from '../../model/index';
import { imageExporter, type ImageRequest } from '../../scene/imageExporter';
import { useMetrics } from '../../state/selectors';
import { useExplorer } from '../../state/store';
import { toShareState } from '../../state/shareSync';
import { encodeShareState } from '../../share/index';
import { download, fileName } from './download';
import { metricsCsv, metricsJson } from './metricsExport';
import { useStartTour } from '../presentation/Presentation';
import { embedSnippet, embedUrl, EMBED_SIZES } from './embedLink';
import './share.css';

type Scale = 1 | 2 | 4 | 'slide';

/** Share and export: the link, an embed snippet, a PNG of the view, the metrics as CSV or JSON, and the presentation. */
export function ShareMenu() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        setOpen(false);
        button.current?.focus();
      }
    };
    const onPointer = (e: PointerEvent) => {
      if (!dialog.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('pointerdown', onPointer);
    dialog.current?.querySelector<HTMLElement>('button, select, input, textarea')?.focus();
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  return (
    <div className="share-menu">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen(!open)}
        data-testid="share-button"
      >
        Share &amp; export
      </button>
      {open && (
        <div
          ref={dialog}
          className="share-dialog"
          role="dialog"
          aria-label="Share and export"
          data-testid="share-dialog"
        >
          <LinkSection />
          <EmbedSection />
          <ImageSection />
          <DataSection />
          <PresentSection onStart={() => setOpen(false)} />
        </div>
      )}
    </div>
  );
}

function useCopy(): [string | null, (text: string) => void] {
  const [status, setStatus] = useState<string | null>(null);
  const copy = (text: string) => {
    navigator.clipboard
      ?.writeText(text)
      .then(() => setStatus('Copied'))
      .catch(() => setStatus('Select the text and copy it (the browser refused clipboard access)'));
  };
  return [status, copy];
}

/** The link to what is on screen now, from the store (the address bar follows it a moment later). */
function useCurrentLink(): string {
  const query = useExplorer((s) => encodeShareState(toShareState(s)));
  return `${window.location.origin}${window.location.pathname}?${query}`;
}

function LinkSection() {
  const [status, copy] = useCopy();
  const link = useCurrentLink();
  return (
    <section>
      <h3>Link to this view</h3>
      <div className="share-row">
        <input
          readOnly
          value={link}
          aria-label="Link to this view"
          data-testid="share-link"
          onFocus={(e) => e.target.select()}
        />
        <button type="button" onClick={() => copy(link)} data-testid="copy-link">
          Copy link
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {status ?? `${link.length} characters; it restores the system, its edits and the view.`}
      </p>
    </section>
  );
}

function EmbedSection() {
  const [size, setSize] = useState(EMBED_SIZES[1]!);
  const [caption, setCaption] = useState('');
  const [status, copy] = useCopy();
  const snippet = embedSnippet(embedUrl(useCurrentLink(), caption), size, caption);
  return (
    <section>
      <h3>Embed in a page or slide</h3>
      <div className="share-row">
        <label>
          Size
          <select
            value={size.label}
            onChange={(e) => setSize(EMBED_SIZES.find((s) => s.label === e.target.value)!)}
            data-testid="embed-size"
          >
            {EMBED_SIZES.map((s) => (
              <option key={s.label}>{s.label}</option>
            ))}
          </select>
        </label>
        <label>
          Caption
          <input value={caption} maxLength={140} onChange={(e) => setCaption(e.target.value)} placeholder="optional" />
        </label>
      </div>
      <textarea
        readOnly
        rows={3}
        value={snippet}
        aria-label="Embed code"
        data-testid="embed-snippet"
        onFocus={(e) => e.target.select()}
      />
      <button type="button" onClick={() => copy(snippet)}>
        Copy embed code
      </button>
      {status && <span className="muted"> {status}</span>}
    </section>
  );
}

function ImageSection() {
  const [scale, setScale] = useState<Scale>(2);
  const [background, setBackground] = useState<ImageRequest['background']>('dark');
  const [status, setStatus] = useState<string | null>(null);
  const presetId = useExplorer((s) => s.presetId);
  const level = useExplorer((s) => s.level);
  const webgl = useExplorer((s) => s.webgl);
  const save = async () => {
    const canvas = document.querySelector('.viewport canvas');
    const rect = canvas?.getBoundingClientRect();
    const size =
      scale === 'slide'
        ? { width: 1920, height: 1080 }
        : { width: Math.round((rect?.width ?? 1280) * scale), height: Math.round((rect?.height ?? 720) * scale) };
    setStatus(`Rendering ${size.width}×${size.height}…`);
    try {
      const blob = await imageExporter.render({ ...size, background });
      download(blob, fileName([presetId, level, `${size.width}x${size.height}`, background], 'png'));
      setStatus(`Saved ${size.width}×${size.height} PNG.`);
    } catch (e) {
      setStatus((e as Error).message);
    }
  };
  return (
    <section>
      <h3>Image of the 3D view</h3>
      <div className="share-row">
        <label>
          Size
          <select
            value={String(scale)}
            onChange={(e) => setScale(e.target.value === 'slide' ? 'slide' : (Number(e.target.value) as Scale))}
            data-testid="png-scale"
          >
            <option value="1">1× view</option>
            <option value="2">2× view</option>
            <option value="4">4× view</option>
            <option value="slide">Slide, 1920×1080</option>
          </select>
        </label>
        <label>
          Background
          <select
            value={background}
            onChange={(e) => setBackground(e.target.value as ImageRequest['background'])}
            data-testid="png-background"
          >
            <option value="dark">Dark</option>
            <option value="light">Light</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
        <button type="button" onClick={save} disabled={webgl === 'missing' || webgl === 'lost'} data-testid="save-png">
          Save PNG
        </button>
      </div>
      <p className="muted" aria-live="polite">
        {webgl === 'missing' || webgl === 'lost'
          ? 'Needs the 3D view (WebGL).'
          : (status ?? 'Charts save as SVG from their own "Download SVG" buttons.')}
      </p>
    </section>
  );
}

function DataSection() {
  const metrics = useMetrics();
  const config = useExplorer((s) => s.config);
  const presetId = useExplorer((s) => s.presetId);
  const link = useCurrentLink();
  return (
    <section>
      <h3>The numbers</h3>
      <div className="share-row">
        <button
          type="button"
          onClick={() =>
            download(new Blob([metricsCsv(metrics)], { type: 'text/csv' }), fileName([presetId, 'metrics'], 'csv'))
          }
          data-testid="save-csv"
        >
          Metrics as CSV
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              new Blob([metricsJson(metrics, config, PRESETS[presetId].id, link)], { type: 'application/json' }),
              fileName([presetId, 'metrics'], 'json'),
            )
          }
          data-testid="save-json"
        >
          Metrics as JSON
        </button>
      </div>
    </section>
  );
}

function PresentSection({ onStart }: { onStart: () => void }) {
  const startTour = useStartTour();
  return (
    <section>
      <h3>Present</h3>
      <button
        type="button"
        onClick={() => {
          onStart();
          startTour();
        }}
        data-testid="start-presentation"
      >
        Start the tour (full screen, ← → to step)
      </button>
    </section>
  );
}
