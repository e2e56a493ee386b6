/** Invented articles (fictional outlets and people) for the brief command's tests. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ARTICLES: Record<string, string> = {
  'lantern-post.txt': `Outlet: Lantern Post
Date: 2026-03-02

Old Quay bridge closes for urgent repairs

The Old Quay bridge in Marrowfield closed on Monday after inspectors found cracks in two of its steel supports, forcing thousands of commuters onto ferries and a long detour through the ring road.

"We cannot take any risk with people's lives, so the bridge stays shut until the engineers tell us otherwise," said Mayor Ilse Brandt at a news conference outside city hall.

The closure is expected to last at least six weeks. Brandt said the council would pay for extra ferry crossings during the morning and evening rush.

"The cracks did not appear overnight, and the council was warned about them two years ago," said Tomas Reyes, a structural engineer who reviewed the inspection report for the commuters' association.

By Nadia Fenwick`,
  'harbour-courier.txt': `Outlet: Harbour Courier
Date: 2026-03-03

Commuters face weeks of detours as bridge shuts

Marrowfield's Old Quay bridge will remain closed for at least six weeks after inspectors found cracked supports, the city council said on Monday, leaving commuters to queue for ferries.

"The bridge stays shut until the engineers tell us it is safe, and we will pay for extra ferries in the meantime," Mayor Brandt told reporters.

Shop owners near the quay fear the closure will empty their streets. "Half of my customers cross that bridge every morning, and now they simply cannot reach us," said Petra Lindqvist, who runs a bakery beside the quay.

The council said a full repair plan would be published within a fortnight.`,
  'valley-wire.txt': `Outlet: Valley Wire
Date: 2026-03-02

Marrowfield shuts Old Quay bridge after inspection finds cracks

The city of Marrowfield closed its Old Quay bridge to all traffic on Monday after a routine inspection found cracks in the steel supports beneath the main span, officials said.

"We cannot take any risk with people's lives, and that is why we acted the same day," Mayor Ilse Brandt said in a statement.

Ferry operators said they would add crossings from Tuesday. "We can double the morning service within a day if the council asks us to," said Jonas Aberg, who manages the harbour ferry company.

Repairs are expected to take at least six weeks, according to the council.

By Omar Castell`,
  'lantern-post-festival.txt': `Outlet: Lantern Post
Date: 2026-02-14

Winter lantern festival draws record crowds to the old town

More than forty thousand visitors walked through Marrowfield's old town on Saturday for the winter lantern festival, the largest crowd since the event began twenty years ago.

"We have never seen the squares this full, and every stall sold out before nine in the evening," said festival director Agnes Moller, who has run the event since it started.

The festival continues on Sunday with a parade of paper boats along the canal.

By Nadia Fenwick`,
};

const escape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** A saved page stating its outlet, date, author and title in meta tags, as news sites do. */
function asHtml(text: string): string {
  const [outletLine = '', dateLine = '', , title = '', ...rest] = text.split('\n');
  const outlet = outletLine.replace('Outlet: ', '');
  const date = dateLine.replace('Date: ', '');
  const paragraphs = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const byline = paragraphs.find((p) => p.startsWith('By '));
  const meta = [
    `<meta property="og:site_name" content="${escape(outlet)}">`,
    `<meta property="og:title" content="${escape(title)}">`,
    `<meta property="article:published_time" content="${date}T08:00:00Z">`,
    byline ? `<meta name="author" content="${escape(byline.slice(3))}">` : '',
  ].join('');
  const body = paragraphs
    .filter((p) => p !== byline)
    .map((p) => `<p>${escape(p)}</p>`)
    .join('');
  return `<!doctype html><html><head><title>${escape(title)}</title>${meta}</head><body><article><h1>${escape(title)}</h1>${body}</article></body></html>`;
}

/** Writes the invented articles as saved web pages to a fresh temporary folder; returns its path. */
export function writeBriefFixtures(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'parallax-brief-'));
  for (const [name, text] of Object.entries(ARTICLES))
    writeFileSync(path.join(folder, name.replace(/\.txt$/, '.html')), asHtml(text));
  return folder;
}
