import Image from 'next/image';

export type FigureProps = {
  /** Path under public/, e.g. "/images/guides/feet.svg". */
  src: string;
  alt: string;
  width: number;
  height: number;
  caption?: string;
};

/** An image in a post body with its intrinsic size (so the page does not jump) and an optional caption. */
export function Figure({ src, alt, width, height, caption }: FigureProps) {
  return (
    <figure>
      <Image src={src} alt={alt} width={width} height={height} className="h-auto w-full rounded-2xl" />
      {caption ? <figcaption>{caption}</figcaption> : null}
    </figure>
  );
}
