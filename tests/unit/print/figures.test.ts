// Pack figures for the PDFs: an SVG of the pack becomes a PNG with ink on it; an SVG that points
// outside itself (resvg would read that file from anywhere on disk) or a path out of the pack
// gives nothing, and the handout prints the figure's text instead.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { figurePng, selfContainedSvg } from '../../../electron/services/handouts/figures';
import { useTempDirs } from '../tempDirs';
import { decodePng, inkShare } from './pngPixels';

const PACK_DIR = path.resolve(import.meta.dirname, '../../../content/wco-ecommerce');
const tempDir = useTempDirs('academy-figures-');

describe('figurePng', () => {
  it('rasterizes a pack diagram, text included, with the app font', async () => {
    const png = await figurePng(PACK_DIR, 'media/channels.en.svg');
    expect(png).toBeDefined();
    const pixels = decodePng(Buffer.from(png!));
    expect(pixels.width).toBe(1300);
    expect(inkShare(pixels)).toBeGreaterThan(0.05);
  });

  it('draws nothing for a path out of the pack or a file that is not there', async () => {
    expect(await figurePng(PACK_DIR, '../../package.json')).toBeUndefined();
    expect(await figurePng(PACK_DIR, '/etc/passwd')).toBeUndefined();
    expect(await figurePng(PACK_DIR, 'media/missing.svg')).toBeUndefined();
  });

  it('refuses an SVG that would pull in a file from the disk', async () => {
    const pack = tempDir();
    fs.mkdirSync(path.join(pack, 'media'));
    const secret = path.join(tempDir(), 'secret.png');
    fs.writeFileSync(secret, Buffer.from((await figurePng(PACK_DIR, 'media/channels.en.svg'))!));
    const hostile = `<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image href="${secret}" width="10" height="10"/></svg>`;
    fs.writeFileSync(path.join(pack, 'media/hostile.svg'), hostile);
    expect(await figurePng(pack, 'media/hostile.svg')).toBeUndefined();
    for (const svg of [hostile, '<svg><image xlink:href = \'file:///x.png\'/></svg>', '<svg><rect style="fill:url(/x.svg#a)"/></svg>', '<!DOCTYPE svg [<!ENTITY p "/x.png">]><svg/>', '<svg><image href="&#47;x.png"/></svg>']) {
      expect(selfContainedSvg(svg), svg).toBe(false);
    }
    for (const svg of ['<svg><use href="#arrow"/><rect fill="url(#grad)"/></svg>', '<svg><image href="data:image/png;base64,AAAA"/></svg>']) {
      expect(selfContainedSvg(svg), svg).toBe(true);
    }
  });
});
