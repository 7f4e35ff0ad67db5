// A QR code as vector rectangles, one per horizontal run of dark modules. pdfmake's own `qr` node draws one
// rectangle per module (about 420 for a stamp URL) with its own colour and line settings each; merging runs
// halves the drawing work of a sheet and the PDF's size, and it keeps the 4-module quiet zone the
// standard asks for (ISO/IEC 18004 §6.3.8) inside the given width. Encoding: the `qrcode` package, level M.
import type { CanvasElement, ContentCanvas } from 'pdfmake/interfaces.js';
import QRCode from 'qrcode';

const QUIET_ZONE = 4;

/** The QR code of `text`, `width` pt square including the quiet zone. */
export function qrCanvas(text: string, width: number): ContentCanvas {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const unit = width / (n + 2 * QUIET_ZONE);
  const at = (module: number) => Math.round((module + QUIET_ZONE) * unit * 1000) / 1000;
  // A white square first: the quiet zone stays white on tinted label stock, and it sizes the canvas.
  const canvas: CanvasElement[] = [{ type: 'rect', x: 0, y: 0, w: width, h: width, color: '#FFFFFF' }];
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!modules.get(y, x)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && modules.get(y, x)) x++;
      canvas.push({
        type: 'rect',
        x: at(start),
        y: at(y),
        w: at(x) - at(start),
        h: at(y + 1) - at(y),
        color: '#000000',
      });
    }
  }
  return { canvas };
}
