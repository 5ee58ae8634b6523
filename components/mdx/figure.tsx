export type FigureProps = {
  /** Path under public/, e.g. "/images/guides/feet.svg". */
  src: string;
  alt: string;
  /** Filled in from the file by the content pipeline (lib/content/remark-image-sizes.ts). */
  width?: number;
  height?: number;
  caption?: string;
};

/** An image in a post body with its intrinsic size (so the page does not jump) and an optional caption. */
export function Figure({ src, alt, width, height, caption }: FigureProps) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- a plain sized image: next/image would ship its client runtime to every post page */}
      <img src={src} alt={alt} width={width} height={height} loading="lazy" decoding="async" className="h-auto w-full rounded-2xl" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
