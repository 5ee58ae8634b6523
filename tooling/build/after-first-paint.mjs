/**
 * Starts the framework's scripts after the first paint.
 *
 * Next puts its chunks in the head as `<script async>` (and one as a low-priority
 * preload), so the browser requests them with the stylesheet. On a fast line they
 * arrive before the first frame, and Lighthouse's phone simulation then makes the
 * largest paint wait for all 150 KB of them; on a weak line they share its
 * bandwidth with the document, stylesheet and cover. Nothing on a page needs them
 * before it paints (it is fully rendered HTML; the theme is set by its own inline
 * script), so the build moves their addresses into a JSON data block and one
 * inline loader, the same on every page, adds them once the first paint is
 * reported, or after three seconds where paint timing never reports.
 *
 * The build applies it to every page in the same pass over the built pages as
 * the CSP hashes (scripts/write-csp-hashes.mjs, scripts/write-host-files.mjs).
 */

/** The id of the data block listing a page's framework scripts. */
export const frameworkScriptsId = 'framework-scripts';

/** Runs once per page, last in the body; the same text everywhere, so the CSP allows it by one hash. */
export const frameworkScriptLoader =
  `(function(){var d;function go(){if(d)return;d=1;var l=JSON.parse(document.getElementById('${frameworkScriptsId}').textContent);` +
  `l.forEach(function(u){var s=document.createElement('script');s.src=u;s.async=true;document.head.appendChild(s)})}` +
  `try{if(PerformanceObserver.supportedEntryTypes.indexOf('paint')<0)throw 0;` +
  `new PerformanceObserver(function(e,o){o.disconnect();go()}).observe({type:'paint',buffered:true})}` +
  `catch(e){requestAnimationFrame(function(){setTimeout(go)})}setTimeout(go,3000)})()`;

const chunkScript = /<script src="(\/_next\/static\/[^"]+\.js)" async=""><\/script>/g;
const chunkPreload = /<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/[^"]+\.js"\/>/g;

/**
 * One page with its framework scripts deferred; a page without them, or one already done, comes back unchanged.
 * @param {string} html
 * @returns {string}
 */
export function deferFrameworkScripts(html) {
  if (html.includes(`id="${frameworkScriptsId}"`)) return html;
  const sources = [...html.matchAll(chunkScript)].map((match) => match[1]);
  if (!sources.length || !html.includes('</body>')) return html;
  const list = `<script type="application/json" id="${frameworkScriptsId}">${JSON.stringify(sources)}</script>`;
  return html.replace(chunkScript, '').replace(chunkPreload, '').replace('</body>', `${list}<script>${frameworkScriptLoader}</script></body>`);
}

/**
 * The framework scripts a page loads, deferred or not (for the page-weight bench).
 * @param {string} html
 * @returns {string[]}
 */
export function deferredFrameworkScripts(html) {
  const block = new RegExp(`<script type="application/json" id="${frameworkScriptsId}">([^<]*)</script>`).exec(html);
  return block ? JSON.parse(block[1]) : [];
}
