#!/usr/bin/env node
/**
 * Gives the site's SVG illustrations and portraits night colours. Each SVG
 * gets a <style> block with a prefers-color-scheme: dark rule that recolours
 * its light palette. Browsers evaluate that rule in an <img> by the page's
 * used color-scheme, which the theme toggle sets (data-theme in globals.css),
 * so one image file follows the toggle as well as the system setting.
 *
 * Usage: node scripts/night-images.mjs [--check]
 * --check exits non-zero, naming the files, when one lacks its current block.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The drawings' light palette and what each colour becomes at night (the site's night tokens where one fits). */
export const nightPalette = {
  '#f3ece1': '#26211c', // panel: surface
  '#fbf7f1': '#2f2924', // halo behind the figure
  '#fffdf9': '#4a4138', // skin of the outlined figures
  '#ebe1d2': '#3b342c', // mat, pillow: line
  '#e9dccb': '#3b342c',
  '#e2d8c9': '#5a4f44', // faint strokes
  '#5f574e': '#c9bfb1', // outlines
  '#c2410c': '#e0916c', // movement arrows: toned call-to-action orange
  '#3d5a80': '#8ea6c4', // blue arrows and clothing: toned accent
  '#4d6a92': '#7f98b8',
  '#f2b38a': '#8a5a40', // the worked area
  '#e9a06b': '#a86a45',
  '#fbe3d1': '#5e4334',
  '#dde5ef': '#37435a', // gloves of light blue
  '#d5dfeb': '#2b3444', // portrait backgrounds
  '#f2d3bb': '#3f2e25',
  '#cdbba5': '#8c7a66', // hair
  '#dfe2a2': '#9fa263', // tennis ball
};

/** Folders whose drawings sit on light panels; article covers are night scenes already. */
export const nightFolders = ['public/images/guides', 'public/images/authors'];

const marker = 'night-colours';

/**
 * The <style> block for the colours an SVG uses (attribute selectors, so the drawing itself stays as drawn).
 * @param {string} svg
 */
export function nightStyle(svg) {
  const used = Object.entries(nightPalette).filter(([light]) => svg.toLowerCase().includes(`"${light}"`));
  const rules = used.flatMap(([light, dark]) => [`[fill="${light}"]{fill:${dark}}`, `[stroke="${light}"]{stroke:${dark}}`]);
  return `<style id="${marker}">@media (prefers-color-scheme: dark){${rules.join('')}}</style>`;
}

/**
 * The SVG with its night block added or brought up to date, right after the opening <svg> tag.
 * @param {string} svg
 */
export function withNightStyle(svg) {
  const without = svg.replace(new RegExp(`<style id="${marker}">[\\s\\S]*?</style>\\n?`), '');
  return without.replace(/(<svg\b[^>]*>\n?)/, `$1${nightStyle(without)}\n`);
}

// Each post's pictures sit in its own folder (public/images/<collection>/<slug>/), so the search goes down.
function svgFiles() {
  return nightFolders.flatMap((folder) =>
    readdirSync(folder, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.svg'))
      .map((name) => join(folder, name)),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const stale = [];
  for (const file of svgFiles()) {
    const svg = readFileSync(file, 'utf8');
    const next = withNightStyle(svg);
    if (next === svg) continue;
    if (check) stale.push(file);
    else writeFileSync(file, next);
  }
  if (check && stale.length) {
    console.error(`night-images: these images lack their night colours; run node scripts/night-images.mjs:\n  ${stale.join('\n  ')}`);
    process.exit(1);
  }
  console.log(check ? 'night-images: every drawing has its night colours' : 'night-images: night colours written');
}
