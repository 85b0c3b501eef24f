// Summarises a V8 CPU profile (node --cpu-prof): where the time went, by area (a package, Node's
// internals, one of Rathaus's folders, the garbage collector) and by function, as self time.
// Usage: node bench/profile-summary.ts <file.cpuprofile> [top N]
import { readFileSync } from 'node:fs';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type ProfileNode = { id: number; callFrame: CallFrame; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

/** What a piece of code belongs to: an npm package, Node itself, a folder of dist/, or V8. */
export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  if (url.startsWith('node:')) return 'node (internals)';
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (inPackage?.[1]) return inPackage[1];
  const inDist = /\/dist\/([^/]+)\//.exec(url);
  if (inDist?.[1]) return `rathaus ${inDist[1]}`;
  return url.replace(/^file:\/\//, '');
}

function table(title: string, totals: Map<string, number>, all: number, top: number): string[] {
  const rows = [...totals.entries()].sort((left, right) => right[1] - left[1]).slice(0, top);
  return [
    title,
    ...rows.map(
      ([key, us]) =>
        `  ${((us / all) * 100).toFixed(1).padStart(5)} %  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`,
    ),
  ];
}

export function summarise(profile: Profile, top: number): string[] {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  let all = 0;
  let idle = 0;
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const frame = nodes.get(id)?.callFrame;
    if (!frame) continue;
    if (frame.functionName === '(idle)') {
      idle += us;
      continue;
    }
    all += us;
    const area = areaOf(frame);
    byArea.set(area, (byArea.get(area) ?? 0) + us);
    const name = `${frame.functionName || '(anonymous)'}  [${area}${frame.url ? `:${frame.lineNumber + 1}` : ''}]`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
  }
  return [
    `busy ${(all / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms (self time; shares of busy time)`,
    ...table('by area:', byArea, all, top),
    ...table('by function:', byFunction, all, top),
  ];
}

const [file, topArgument] = process.argv.slice(2);
if (file) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  process.stdout.write(`${summarise(profile, Number(topArgument ?? 25)).join('\n')}\n`);
} else {
  process.stderr.write('usage: node bench/profile-summary.ts <file.cpuprofile> [top N]\n');
  process.exitCode = 1;
}
