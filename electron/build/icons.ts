// `npm run icons`: every icon the installers need, from the one source assets/icons/icon.svg:
// PNGs from 16 to 1024 px (Linux takes the folder, sizes in the names), icon.ico for Windows
// (16…256) and icon.icns for macOS (PNG-based entries, which macOS reads since 10.7). The
// outputs are checked in, so building an installer needs no image tool.
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import pngToIco from 'png-to-ico';

const ICONS = path.resolve(import.meta.dirname, '../../assets/icons');
export const PNG_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
/** icns entry types holding PNG data, by pixel size. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

export function renderPng(svg: string, size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());
}

/** An .icns file: "icns", total length, then (type, length, PNG) entries, big-endian. */
export function icns(entries: [string, Buffer][]): Buffer {
  const parts = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

async function main(): Promise<void> {
  const svg = fs.readFileSync(path.join(ICONS, 'icon.svg'), 'utf8');
  const pngs = new Map(PNG_SIZES.map((size) => [size, renderPng(svg, size)]));
  fs.mkdirSync(path.join(ICONS, 'png'), { recursive: true });
  for (const [size, png] of pngs) fs.writeFileSync(path.join(ICONS, 'png', `${size}x${size}.png`), png);
  fs.writeFileSync(path.join(ICONS, 'icon.png'), pngs.get(1024)!);
  fs.writeFileSync(path.join(ICONS, 'icon.ico'), await pngToIco(ICO_SIZES.map((s) => pngs.get(s)!)));
  fs.writeFileSync(path.join(ICONS, 'icon.icns'), icns(ICNS_TYPES.map(([type, size]) => [type, pngs.get(size as (typeof PNG_SIZES)[number]) ?? renderPng(svg, size)])));
  console.log(`icons: ${PNG_SIZES.length} PNGs, icon.ico, icon.icns in ${path.relative(process.cwd(), ICONS)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
