/**
 * Clustering over pair scores. Connected components of the strong links give the candidates; each
 * component is then cut by average-link agglomeration, so one bridging pair cannot chain two
 * stories together: a merge needs the clusters to be similar on average, not at one point.
 */

/** Average-link agglomeration over a full score matrix is cubic; components above this size are first cut with stricter links. */
const MAX_COMPONENT = 300;
const TIGHTEN_STEP = 0.05;

export interface ClusterParams {
  /** Pairs at or above this score link articles into a component. */
  linkThreshold: number;
  /** Clusters merge while their average pair score is at or above this. */
  mergeThreshold: number;
}

type Edge = { a: number; b: number; score: number };

function components(nodes: number[], edges: Edge[]): number[][] {
  const parent = new Map<number, number>(nodes.map((n) => [n, n]));
  const find = (x: number): number => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) as number;
    let cur = x;
    while (cur !== root) {
      const next = parent.get(cur) as number;
      parent.set(cur, root);
      cur = next;
    }
    return root;
  };
  for (const { a, b } of edges) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(Math.max(ra, rb), Math.min(ra, rb));
  }
  const groups = new Map<number, number[]>();
  for (const node of nodes) {
    const root = find(node);
    const list = groups.get(root);
    if (list) list.push(node);
    else groups.set(root, [node]);
  }
  return [...groups.values()];
}

function averageLink(
  members: number[],
  score: (a: number, b: number) => number,
  threshold: number,
): number[][] {
  const m = members.length;
  if (m <= 1) return [members];
  const s = new Float64Array(m * m);
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) s[i * m + j] = s[j * m + i] = score(members[i], members[j]);
  const size = new Array<number>(m).fill(1);
  const clusters: number[][] = members.map((x) => [x]);
  const active = new Array<boolean>(m).fill(true);
  for (;;) {
    let best = -Infinity;
    let bi = -1;
    let bj = -1;
    for (let i = 0; i < m; i++) {
      if (!active[i]) continue;
      for (let j = i + 1; j < m; j++) {
        if (active[j] && s[i * m + j] > best) {
          best = s[i * m + j];
          bi = i;
          bj = j;
        }
      }
    }
    if (bi < 0 || best < threshold) break;
    const total = size[bi] + size[bj];
    for (let k = 0; k < m; k++) {
      if (!active[k] || k === bi || k === bj) continue;
      const merged = (size[bi] * s[bi * m + k] + size[bj] * s[bj * m + k]) / total;
      s[bi * m + k] = s[k * m + bi] = merged;
    }
    size[bi] = total;
    clusters[bi] = clusters[bi].concat(clusters[bj]);
    active[bj] = false;
  }
  return clusters.filter((_, i) => active[i]);
}

/**
 * Groups nodes 0..n-1. `edges` must hold every pair scoring at least `linkThreshold`; `score`
 * gives any pair's score (used inside components).
 */
export function clusterPairs(
  n: number,
  edges: Edge[],
  score: (a: number, b: number) => number,
  params: ClusterParams,
): number[][] {
  const nodes = Array.from({ length: n }, (_, i) => i);
  const result: number[][] = [];
  const pending: { nodes: number[]; edges: Edge[]; threshold: number }[] = [
    {
      nodes,
      edges: edges.filter((e) => e.score >= params.linkThreshold),
      threshold: params.linkThreshold,
    },
  ];
  while (pending.length > 0) {
    const job = pending.pop() as (typeof pending)[number];
    const byNode = new Map<number, number>();
    const parts = components(job.nodes, job.edges);
    parts.forEach((part, index) => part.forEach((node) => byNode.set(node, index)));
    const partEdges: Edge[][] = parts.map(() => []);
    for (const e of job.edges) partEdges[byNode.get(e.a) as number].push(e);
    parts.forEach((part, index) => {
      if (part.length > MAX_COMPONENT) {
        // A giant component means chaining through generic links: cut it with a stricter bar first.
        const threshold = job.threshold + TIGHTEN_STEP;
        pending.push({
          nodes: part,
          edges: partEdges[index].filter((e) => e.score >= threshold),
          threshold,
        });
      } else if (part.length <= 2) {
        result.push(part);
      } else {
        result.push(...averageLink(part, score, params.mergeThreshold));
      }
    });
  }
  return result;
}
