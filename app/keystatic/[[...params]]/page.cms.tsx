/** Keystatic draws every admin screen from its layout; each address only needs to exist. */
export default function KeystaticPage() {
  return null;
}
