// Reads back the QR code pdfmake draws into a PDF: the dark modules are filled squares in the page's content
// stream; they are decoded (byte, alphanumeric and numeric segments, no error correction needed on a clean
// vector image) with the structure tables of the installed `qrcode` package.
import { createRequire } from 'node:module';
import { inflateSync } from 'node:zlib';
import QRCode from 'qrcode';

const require = createRequire(import.meta.url);
type Level = { bit: number };
const ecCode = require('qrcode/lib/core/error-correction-code.js') as {
  getBlocksCount(version: number, level: Level): number;
  getTotalCodewordsCount(version: number, level: Level): number;
};
/** The eight data masks of ISO/IEC 18004 (8.8.1), by mask reference. */
const MASKS: readonly ((i: number, j: number) => boolean)[] = [
  (i, j) => (i + j) % 2 === 0,
  (i) => i % 2 === 0,
  (_, j) => j % 3 === 0,
  (i, j) => (i + j) % 3 === 0,
  (i, j) => (Math.floor(i / 2) + Math.floor(j / 3)) % 2 === 0,
  (i, j) => ((i * j) % 2) + ((i * j) % 3) === 0,
  (i, j) => (((i * j) % 2) + ((i * j) % 3)) % 2 === 0,
  (i, j) => (((i * j) % 3) + ((i + j) % 2)) % 2 === 0,
];
const utils = require('qrcode/lib/core/utils.js') as { getSymbolTotalCodewords(version: number): number };

/** Content streams of the PDF, inflated (pdfmake compresses them). */
function contentStreams(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const streams: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const bytes = pdf.subarray(start, text.indexOf('endstream', start));
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      // An image or font stream that is not deflated: not drawing operators.
    }
  }
  return streams;
}

/** The QR modules (true = dark) drawn on the PDF's pages: black squares of the most common size. */
export function qrModulesInPdf(pdf: Buffer): boolean[][] {
  const squares: { x: number; y: number; size: number }[] = [];
  for (const content of contentStreams(pdf)) {
    let pending: { x: number; y: number; size: number } | null = null;
    let isBlack = false;
    for (const line of content.split('\n')) {
      const rect = /^(-?[\d.]+) (-?[\d.]+) ([\d.]+) ([\d.]+) re$/.exec(line);
      if (rect) {
        const [x, y, w, h] = rect.slice(1).map(Number) as [number, number, number, number];
        pending = w === h ? { x, y, size: w } : null;
      } else if (/ scn$/.test(line)) isBlack = line === '0 0 0 scn';
      else if (line === 'f') {
        if (pending && isBlack) squares.push(pending);
        pending = null;
      }
    }
  }
  const counts = new Map<number, number>();
  for (const s of squares) counts.set(s.size, (counts.get(s.size) ?? 0) + 1);
  const moduleSize = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const modules = squares.filter((s) => s.size === moduleSize);
  if (!moduleSize || modules.length === 0) throw new Error('no QR code in the PDF');
  const x0 = Math.min(...modules.map((m) => m.x));
  const y0 = Math.min(...modules.map((m) => m.y));
  const n = Math.round((Math.max(...modules.map((m) => m.x)) - x0) / moduleSize) + 1;
  const grid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const m of modules) {
    const row = grid[Math.round((m.y - y0) / moduleSize)];
    if (row) row[Math.round((m.x - x0) / moduleSize)] = true;
  }
  return grid;
}

/** Error correction level and mask: the ones whose function patterns (format bits included) match. */
function formatOf(grid: boolean[][], version: number) {
  for (const level of ['L', 'M', 'Q', 'H'] as const) {
    for (let mask = 0; mask < 8; mask++) {
      const ref = QRCode.create('x', { version, errorCorrectionLevel: level, maskPattern: mask as 0 });
      const { size, data, reservedBit } = ref.modules;
      let isSame = true;
      for (let i = 0; i < size * size && isSame; i++) {
        if (reservedBit[i]) isSame = Boolean(data[i]) === grid[Math.floor(i / size)]?.[i % size];
      }
      if (isSame) return { level: ref.errorCorrectionLevel as unknown as Level, mask, reserved: reservedBit };
    }
  }
  throw new Error('QR format information not recognised');
}

/** Data codewords in block order (the symbol interleaves them across the blocks). */
function dataCodewords(grid: boolean[][], version: number): number[] {
  const size = grid.length;
  const { level, mask, reserved } = formatOf(grid, version);
  const isMasked = MASKS[mask];
  if (!isMasked) throw new Error(`bad mask ${mask}`);
  const bits: number[] = [];
  let isUpward = true;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5; // the vertical timing pattern
    for (let step = 0; step < size; step++) {
      const row = isUpward ? size - 1 - step : step;
      for (const col of [right, right - 1]) {
        if (reserved[row * size + col]) continue;
        const dark = grid[row]?.[col] === true;
        bits.push(dark !== isMasked(row, col) ? 1 : 0);
      }
    }
    isUpward = !isUpward;
  }
  const codewords: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8)
    codewords.push(bits.slice(i, i + 8).reduce((a, b) => a * 2 + b, 0));
  const total = utils.getSymbolTotalCodewords(version);
  const dataTotal = total - ecCode.getTotalCodewordsCount(version, level);
  const blocks = ecCode.getBlocksCount(version, level);
  const shortBlocks = blocks - (total % blocks);
  const shortData = Math.floor(dataTotal / blocks);
  const perBlock = Array.from({ length: blocks }, () => [] as number[]);
  let k = 0;
  for (let i = 0; i <= shortData; i++) {
    perBlock.forEach((block, b) => {
      if (i < shortData + (b < shortBlocks ? 0 : 1)) block.push(codewords[k++] ?? 0);
    });
  }
  return perBlock.flat();
}

const ALPHANUMERIC = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

/** The text a QR module grid encodes. */
export function decodeQr(grid: boolean[][]): string {
  const version = (grid.length - 17) / 4;
  const bits = dataCodewords(grid, version).flatMap((byte) =>
    Array.from({ length: 8 }, (_, i) => (byte >> (7 - i)) & 1),
  );
  let at = 0;
  const read = (n: number) => {
    let value = 0;
    for (let i = 0; i < n; i++) value = value * 2 + (bits[at++] ?? 0);
    return value;
  };
  const lengthBits = (small: number, medium: number, large: number) =>
    version < 10 ? small : version < 27 ? medium : large;
  const bytes: number[] = [];
  while (at + 4 <= bits.length) {
    const mode = read(4);
    if (mode === 0b0100) {
      const count = read(lengthBits(8, 16, 16));
      for (let i = 0; i < count; i++) bytes.push(read(8));
    } else if (mode === 0b0010) {
      let count = read(lengthBits(9, 11, 13));
      for (; count >= 2; count -= 2) {
        const pair = read(11);
        bytes.push(ALPHANUMERIC.charCodeAt(Math.floor(pair / 45)), ALPHANUMERIC.charCodeAt(pair % 45));
      }
      if (count === 1) bytes.push(ALPHANUMERIC.charCodeAt(read(6)));
    } else if (mode === 0b0001) {
      let count = read(lengthBits(10, 12, 14));
      for (; count >= 3; count -= 3) bytes.push(...Buffer.from(String(read(10)).padStart(3, '0')));
      if (count > 0) bytes.push(...Buffer.from(String(read(count === 2 ? 7 : 4)).padStart(count, '0')));
    } else break;
  }
  return Buffer.from(bytes).toString('utf8');
}
