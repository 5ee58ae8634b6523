/** Runs the W3C Nu HTML Checker (vnu-jar, on the machine's Java) once over many HTML files. */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

export type NuMessage = { type: string; subType?: string; url: string; lastLine?: number; message: string; extract?: string };

const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * The one error the checker reports against today's HTML standard: `blocking="render"` is allowed on `<link rel="expect">`
 * (https://html.spec.whatwg.org/multipage/links.html#link-type-expect), which the checker does not know yet.
 */
const behindTheStandard = (message: NuMessage) =>
  /A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”/.test(message.message) &&
  /rel="expect"/.test(message.extract ?? '');

/** The checker's errors for the given files (warnings are left out). */
export function nuErrors(files: string[]): NuMessage[] {
  const run = spawnSync('java', ['-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`could not run the Nu HTML Checker (is Java installed?): ${run.error.message}`);
  // vnu writes its JSON report to stderr and exits 1 when it finds errors.
  const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: NuMessage[] };
  return report.messages.filter((message) => (message.type === 'error' || message.subType === 'fatal') && !behindTheStandard(message));
}
