// A data file's bytes as text. Spreadsheets offer several kinds of CSV, and only one is what the
// checks can read character for character (a quote must match its source exactly): UTF-8.
import type { Problem } from './problems.ts';

/** How to save a CSV the checks can read, in the two spreadsheets staff use. */
export const SAVE_AS_CSV_UTF8 = 'in Excel: File → Save As, and choose "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice Calc: File → Save As, choose "Text CSV (.csv)" with "Edit filter settings" ticked, then Character set "Unicode (UTF-8)" and Field delimiter ","';

/**
 * The text of a CSV file saved as UTF-8 (with or without a byte-order mark), or the one problem
 * that says how it was saved instead: UTF-16 (Excel's "Unicode Text", with or without a byte-order
 * mark), or a Windows character set (Excel's plain "CSV (Comma delimited)"), which changes £ and
 * curly quotes.
 */
export function decodeCsv(bytes: Uint8Array, file: string): { text: string } | { problem: Problem } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || mostlyNulBytes(bytes);
  if (utf16) {
    return {
      problem: {
        file, line: 0, column: 0, stage: 'structure',
        message: 'the file is saved as UTF-16 ("Unicode Text"), not as UTF-8, so it cannot be read',
        hint: `save it again as CSV UTF-8: ${SAVE_AS_CSV_UTF8}`,
      },
    };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, at));
    const line = before.split('\n').length;
    return {
      problem: {
        file, line, column: before.length - before.lastIndexOf('\n'), stage: 'structure',
        message: `the file is not saved as UTF-8: line ${line} has a character UTF-8 cannot read (byte 0x${bytes[at]!.toString(16).toUpperCase()}), as a spreadsheet's plain "CSV" writes £, é or curly quotes`,
        hint: `save it again as CSV UTF-8, then check that £ signs and quotation marks still read as they should: ${SAVE_AS_CSV_UTF8}`,
      },
    };
  }
}

/** UTF-16 without a byte-order mark: text in the Latin alphabet has a zero in every other byte. */
function mostlyNulBytes(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 400);
  let zeros = 0;
  for (const b of sample) if (b === 0) zeros++;
  return sample.length >= 2 && zeros >= sample.length / 4;
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return 0;
}
