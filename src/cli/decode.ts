/**
 * The bytes of a document as text. The contract says UTF-8; a UTF-8 byte order mark is accepted (browsers
 * drop it, so the widgets read such a file fine). Anything else is refused with what it looks like, since
 * decoding it as UTF-8 would turn every Chinese character into U+FFFD and the file would pass as "valid":
 * GBK/GB18030 (what Windows Notepad saves as "ANSI" on a Chinese system) or UTF-16 (its "Unicode").
 */

export type DetectedEncoding = 'GB18030' | 'UTF-16LE' | 'UTF-16BE' | 'unknown';

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly bom: boolean }
  | {
      readonly ok: false;
      readonly encoding: DetectedEncoding;
      /** Byte offset of the first byte that is not UTF-8. */
      readonly offset: number;
    };

/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const n = bytes.length;
  let i = 0;
  const cont = (k: number, low = 0x80, high = 0xbf): boolean => k < n && bytes[k]! >= low && bytes[k]! <= high;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) i += 1;
    else if (b >= 0xc2 && b <= 0xdf && cont(i + 1)) i += 2;
    else if (b === 0xe0 && cont(i + 1, 0xa0) && cont(i + 2)) i += 3;
    else if (((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) && cont(i + 1) && cont(i + 2)) i += 3;
    else if (b === 0xed && cont(i + 1, 0x80, 0x9f) && cont(i + 2)) i += 3;
    else if (b === 0xf0 && cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b >= 0xf1 && b <= 0xf3 && cont(i + 1) && cont(i + 2) && cont(i + 3)) i += 4;
    else if (b === 0xf4 && cont(i + 1, 0x80, 0x8f) && cont(i + 2) && cont(i + 3)) i += 4;
    else return i;
  }
  return -1;
}

function decodes(encoding: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

export function decodeDocument(input: Uint8Array): Decoded {
  if (input[0] === 0xff && input[1] === 0xfe) return { ok: false, encoding: 'UTF-16LE', offset: 0 };
  if (input[0] === 0xfe && input[1] === 0xff) return { ok: false, encoding: 'UTF-16BE', offset: 0 };
  // UTF-16 without a byte order mark: JSON starts with ASCII, so every other byte of it is 0.
  if (input.length >= 2 && input[0] !== 0 && input[1] === 0) return { ok: false, encoding: 'UTF-16LE', offset: 1 };
  if (input.length >= 2 && input[0] === 0 && input[1] !== 0) return { ok: false, encoding: 'UTF-16BE', offset: 0 };
  const bom = input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf;
  const bytes = bom ? input.subarray(3) : input;
  const invalid = firstInvalidUtf8(bytes);
  if (invalid === -1) return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bom };
  const offset = invalid + (bom ? 3 : 0);
  // GB18030 is a superset of GBK and GB2312; Big5 text mostly decodes as GBK too, so say "looks like".
  return { ok: false, encoding: decodes('gb18030', bytes) ? 'GB18030' : 'unknown', offset };
}
