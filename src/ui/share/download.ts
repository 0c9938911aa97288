export { saveBlob as download } from '../../charts/saveBlob';

/** A file name from the system and what is shown, safe on every OS. */
export function fileName(parts: string[], extension: string): string {
  const base = parts
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `clusterscope-${base || 'view'}.${extension}`;
}
