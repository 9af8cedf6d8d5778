/**
 * QR codes drawn in the page. The encoder (`uqr`) is imported dynamically, only when a reader opens a code
 * that has no image, so the bundler splits it out and the other widgets never carry it. Nothing here makes
 * a request or touches the DOM: the matrix becomes an SVG path that the dialog draws with Lit's `svg`.
 */
import { isExactHttpUrl, safeHref, type Account } from '../../../contract/index.js';

/** Options given to `uqr`'s `encode`: error correction M (15 %), no border (the drawing adds the quiet zone). */
export const QR_OPTIONS = { ecc: 'M', border: 0 } as const;

/** Light modules around the code, as the QR standard asks, so a camera finds its edges. */
export const QUIET_ZONE = 4;

export type QrMatrix = readonly (readonly boolean[])[];

/** What the dialog shows for an account: its image, a code to draw from text, or no code. */
export type QrSource = { readonly kind: 'image'; readonly url: string } | { readonly kind: 'encode'; readonly text: string } | { readonly kind: 'none' };

/**
 * Whether `text` is fit to encode: an absolute `http(s)` URL exactly as written (an allow-list; see
 * {@link isExactHttpUrl}). A scanner opens whatever a code holds — `intent:`, `sms:`, `WIFI:`, or
 * `javascript:` behind a space a browser would trim — so nothing else becomes a code.
 */
export function encodable(text: string | undefined): text is string {
  return isExactHttpUrl(text);
}

/**
 * Where an account's code comes from: the `qr.url` image when safe; else `qr.payload`; else the account URL
 * (the contract's order). A payload that is not fit to encode is passed over.
 */
export function qrSource(account: Account): QrSource {
  const image = safeHref(account.qr?.url);
  if (image) return { kind: 'image', url: image };
  const payload = account.qr?.payload;
  if (encodable(payload)) return { kind: 'encode', text: payload };
  const url = safeHref(account.url);
  if (url) return { kind: 'encode', text: url };
  return { kind: 'none' };
}

/** Encodes text as a QR matrix (`true` is dark). Rejects when the text is too long for any QR version. */
export async function encodeQr(text: string): Promise<QrMatrix> {
  const { encode } = await import('uqr');
  return encode(text, QR_OPTIONS).data;
}

/**
 * The dark modules as one SVG path, a rectangle per horizontal run, offset by the quiet zone. The
 * drawing's side is `matrix.length + 2 * QUIET_ZONE` units.
 */
export function qrPath(matrix: QrMatrix): string {
  const parts: string[] = [];
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      let run = 1;
      while (row[x + run]) run++;
      parts.push(`M${x + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`);
      x += run;
    }
  });
  return parts.join('');
}
