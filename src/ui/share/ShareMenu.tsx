import { type RefObject, useEffect, useRef, useState } from 'react';
import { PRESETS } from '../../model/index';
import type { ExportBackground } from '../../scene/imageExporter';
import { useEdited, useMetrics } from '../../state/selectors';
import { useExplorer } from '../../state/store';
import { toShareState } from '../../state/shareSync';
import { encodeShareState } from '../../share/index';
import { download, fileName } from './download';
import { metricsCsv, metricsJson } from './metricsExport';
import { useStartTour } from '../presentation/Presentation';
import { embedSnippet, embedUrl, EMBED_SIZES } from './embedLink';
import { exportFlatDrawing, exportPicture, type PictureWords } from './exportPicture';
import { PICTURE_SIZES, parsePictureSize, pictureSize } from './pictureSizes';
import './share.css';

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
          <PresentSection onStart={() => setOpen(false)} returnFocusTo={button} />
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
  const theme = useExplorer((s) => s.theme);
  const snippet = embedSnippet(embedUrl(useCurrentLink(), caption, theme), size, caption);
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

/** The title and subtitle of an exported picture: the system and level, and the caption or the view's description. */
function usePictureWords(): () => PictureWords {
  const presetId = useExplorer((s) => s.presetId);
  const edited = useEdited();
  const caption = useExplorer((s) => s.embed.caption);
  return () => {
    const level =
      document.querySelector('[data-testid="crumb-current"]')?.textContent?.trim() ??
      useExplorer.getState().level.replace(/^./, (c) => c.toUpperCase());
    const name = PRESETS[presetId].name;
    // "Trn2 instance · Instance" says the level twice: the name alone says it.
    const sameWord = name.toLowerCase().includes(level.toLowerCase());
    const system = `${name}${edited ? ' (edited)' : ''}${sameWord ? '' : ` · ${level}`}`;
    const description = document.querySelector('[data-testid="view-description"]')?.textContent?.trim() ?? '';
    return caption ? { title: caption, subtitle: system } : { title: system, subtitle: description };
  };
}

function ImageSection() {
  const [sizeId, setSizeId] = useState('2x');
  const [custom, setCustom] = useState('1920x1080');
  const [background, setBackground] = useState<ExportBackground>(useExplorer.getState().theme);
  const [status, setStatus] = useState<string | null>(null);
  /** Where the last save stands; the status line carries it for scripts (npm run render). */
  const [progress, setProgress] = useState<'idle' | 'busy' | 'done' | 'error'>('idle');
  const presetId = useExplorer((s) => s.presetId);
  const level = useExplorer((s) => s.level);
  const webgl = useExplorer((s) => s.webgl);
  const words = usePictureWords();
  const noWebgl = webgl === 'missing' || webgl === 'lost';

  /** The pixel size and framing chosen, or a sentence saying why there is none. */
  const chosenSize = (): { width: number; height: number } | { error: string } => {
    if (sizeId === 'custom') return parsePictureSize(custom);
    const size = PICTURE_SIZES.find((s) => s.id === sizeId) ?? PICTURE_SIZES[1]!;
    const rect = document.querySelector('.viewport canvas')?.getBoundingClientRect();
    return pictureSize(size, rect?.width ?? 1280, rect?.height ?? 720);
  };

  const save = async (format: 'png' | 'svg') => {
    if (noWebgl) {
      if (format === 'svg') download(exportFlatDrawing(), fileName([presetId, level, 'flat'], 'svg'));
      return;
    }
    const size = chosenSize();
    if ('error' in size) {
      setStatus(size.error);
      setProgress('error');
      return;
    }
    const label = `${size.width}×${size.height} ${format.toUpperCase()}`;
    setStatus(`Rendering ${label}…`);
    setProgress('busy');
    // Let the status paint before the render holds the main thread.
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    try {
      const blob = await exportPicture({ format, ...size, background }, words);
      download(blob, fileName([presetId, level, `${size.width}x${size.height}`, background], format));
      setStatus(`Saved ${label}.`);
      setProgress('done');
    } catch (e) {
      setStatus((e as Error).message);
      setProgress('error');
    }
  };
  return (
    <section>
      <h3>Picture of the view</h3>
      <div className="share-row">
        <label>
          Size
          <select value={sizeId} onChange={(e) => setSizeId(e.target.value)} data-testid="png-scale">
            {PICTURE_SIZES.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
            <option value="custom">Custom…</option>
          </select>
        </label>
        {sizeId === 'custom' && (
          <label>
            Pixels
            <input
              value={custom}
              onChange={(e) => setCustom(e.target.value)}
              size={10}
              aria-label="Custom size, width×height in pixels"
              data-testid="png-custom-size"
            />
          </label>
        )}
        <label>
          Background
          <select
            value={background}
            onChange={(e) => setBackground(e.target.value as ExportBackground)}
            data-testid="png-background"
          >
            <option value="dark">Dark</option>
            <option value="light">Light</option>
            <option value="transparent">Transparent</option>
          </select>
        </label>
      </div>
      <div className="share-row">
        <button type="button" onClick={() => save('png')} disabled={noWebgl} data-testid="save-png">
          Save PNG
        </button>
        <button type="button" onClick={() => save('svg')} data-testid="save-svg">
          Save SVG (vector)
        </button>
      </div>
      <p className="muted" aria-live="polite" data-testid="picture-status" data-state={progress}>
        {noWebgl
          ? 'PNG needs the 3D view (WebGL); the SVG saves the flat drawing.'
          : (status ??
            'The picture frames what the view shows, with its title, legend and labels. Charts save from their own buttons.')}
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

function PresentSection({
  onStart,
  returnFocusTo,
}: {
  onStart: () => void;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
}) {
  const startTour = useStartTour(returnFocusTo);
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
