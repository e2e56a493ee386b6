/** The lead of an article: its first one or two sentences, as an editor would quote it. */
export function leadOf(body: string, sentences = 2): string {
  const firstParagraph = body.split(/\n\s*\n/).find((p) => p.trim().length > 40) ?? body;
  const ends = [...firstParagraph.matchAll(/[.!?]["”’]?(?=\s+[A-Z“"‘])/g)].map(
    (m) => (m.index ?? 0) + m[0].length,
  );
  const cut = ends[sentences - 1] ?? firstParagraph.length;
  return firstParagraph.slice(0, cut).trim();
}
