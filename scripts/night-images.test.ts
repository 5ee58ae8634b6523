import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nightFolders, nightPalette, nightStyle, withNightStyle } from './night-images.mjs';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = (hex.slice(1).match(/../g) ?? []).map((pair) => {
    const value = parseInt(pair, 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const drawing =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">\n<rect width="10" height="10" fill="#F3ECE1"/><path d="M0 0" stroke="#5f574e"/>\n</svg>\n';

describe('night colours for drawings', () => {
  it('recolours only the palette colours the drawing uses, inside a dark-scheme rule', () => {
    const style = nightStyle(drawing);
    expect(style).toMatch(/^<style id="night-colours">@media \(prefers-color-scheme: dark\)\{/);
    expect(style).toContain(`[fill="#f3ece1"]{fill:${nightPalette['#f3ece1']}}`);
    expect(style).toContain(`[stroke="#5f574e"]{stroke:${nightPalette['#5f574e']}}`);
    expect(style).not.toContain('#c2410c');
  });

  it('adds the block once, after the opening tag, and leaves the drawing as drawn', () => {
    const once = withNightStyle(drawing);
    expect(withNightStyle(once)).toBe(once);
    expect(once.split('\n')[1]).toBe(nightStyle(drawing));
    expect(once.replace(/<style id="night-colours">.*<\/style>\n/, '')).toBe(drawing);
  });

  it('turns bright panels and fills dim, and dark outlines light', () => {
    for (const [day, night] of Object.entries(nightPalette)) {
      if (luminance(day) > 0.6) expect(luminance(night), `${day} at night`).toBeLessThan(0.35);
      if (luminance(day) < 0.15) expect(luminance(night), `${day} at night`).toBeGreaterThan(luminance(day));
    }
  });

  it('is up to date in every shipped guide illustration and portrait', () => {
    const files = nightFolders.flatMap((folder) =>
      readdirSync(folder, { recursive: true, encoding: 'utf8' })
        .filter((name) => name.endsWith('.svg'))
        .map((name) => join(folder, name)),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const svg = readFileSync(file, 'utf8');
      expect(withNightStyle(svg), `${file}: run node scripts/night-images.mjs`).toBe(svg);
    }
  });
});
