/** A plain title card in the site's colours, written as the cover of a new post until an illustration replaces it. */

export const coverCardSize = { width: 1200, height: 675 } as const;

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Breaks a title into lines of at most `width` characters. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.slice(0, 4);
}

export function coverCard(title: string): string {
  const { width, height } = coverCardSize;
  const lines = wrap(title, 28);
  const top = height / 2 - ((lines.length - 1) * 72) / 2;
  const text = lines.map((line, i) => `<tspan x="96" y="${top + i * 72}">${escapeXml(line)}</tspan>`).join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="${width}" height="${height}" fill="#3d5a80"/>`,
    `<circle cx="1010" cy="150" r="70" fill="#f3ece1"/><circle cx="980" cy="130" r="70" fill="#3d5a80"/>`,
    `<text font-family="Georgia, serif" font-size="60" fill="#fbf7f1">${text}</text>`,
    '</svg>',
    '',
  ].join('\n');
}
