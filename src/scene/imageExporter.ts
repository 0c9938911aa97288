/** What an exported image looks like. */
export interface ImageRequest {
  width: number;
  height: number;
  background: 'dark' | 'light' | 'transparent';
}

type Exporter = (request: ImageRequest) => Promise<Blob>;

let exporter: Exporter | null = null;

/**
 * The bridge from the export dialog to the live scene: the canvas registers a renderer of the
 * current view at any size; the dialog asks it for a PNG. Free of three.js so the dialog is too.
 */
export const imageExporter = {
  register(next: Exporter | null) {
    exporter = next;
  },
  available(): boolean {
    return exporter !== null;
  },
  render(request: ImageRequest): Promise<Blob> {
    if (!exporter) return Promise.reject(new Error('The 3D view is not ready, so there is no image to export.'));
    return exporter(request);
  },
};
