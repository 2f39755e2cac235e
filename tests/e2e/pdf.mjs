// Reads the text of a PDF with Debian's pdftotext (poppler-utils), keeping
// the layout so that headings stay on their own lines.
import { execFile } from 'node:child_process';

/**
 * The text of a PDF, page after page (pages are separated by form feeds).
 * @param {Buffer|Uint8Array} pdfBuffer the PDF, e.g. from page.pdf()
 * @returns {Promise<string>}
 */
export function pdfText(pdfBuffer) {
  return new Promise((resolve, reject) => {
    // "-" twice: read the PDF from stdin, write the text to stdout.
    const child = execFile(
      'pdftotext',
      ['-layout', '-enc', 'UTF-8', '-', '-'],
      { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        if (error) {
          const why = error.code === 'ENOENT'
            ? 'pdftotext is not installed (Debian package poppler-utils)'
            : `pdftotext failed: ${stderr.trim() || error.message}`;
          reject(new Error(why));
        } else {
          resolve(stdout);
        }
      },
    );
    child.stdin.on('error', reject);
    child.stdin.end(Buffer.from(pdfBuffer));
  });
}

/**
 * The text with every run of white space (line ends, layout columns) as one
 * space, so a phrase is found even where the page wrapped it.
 * @param {string} text
 */
export function squash(text) {
  return text.replace(/\s+/g, ' ');
}
