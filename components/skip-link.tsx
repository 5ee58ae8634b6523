/** Lets keyboard and screen-reader users jump past the header to the page's content. */
export function SkipLink() {
  return (
    <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-4 focus:left-4 focus:z-50 focus:rounded focus:bg-paper focus:px-4 focus:py-2">
      Skip to content
    </a>
  );
}
