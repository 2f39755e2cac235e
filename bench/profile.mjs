// Shared by profile-edit.mjs and profile-startup.mjs: a copy of the release
// build that runs the module with function names, and a tally of DevTools
// CPU profiles by function.
import { cp, rm, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const NAMED = join(ROOT, 'target', 'bench', 'plan_composer_bg_named.wasm');

/** target/bench/profile-site: dist/ with the module that keeps function
 * names (`PROFILE_NAMES=1 bash scripts/build-release.sh` leaves it in
 * target/bench/). Exits with a message if it is missing. */
export async function profileSite() {
  if (!existsSync(NAMED)) {
    console.error(`${NAMED} is missing: run PROFILE_NAMES=1 bash scripts/build-release.sh first`);
    process.exit(1);
  }
  const site = join(ROOT, 'target', 'bench', 'profile-site');
  await rm(site, { recursive: true, force: true });
  await cp(join(ROOT, 'dist'), site, { recursive: true });
  // Fetched as the packed module's name; it goes through unpacked (js/unpack-wasm.js).
  await copyFile(NAMED, join(site, 'pkg', 'plan_composer_bg.wasm.gz'));
  return site;
}

/** Self and total time by function name over one or more profiles; total
 * time counts a function once per sample even when it recurses. */
export class Tally {
  self = new Map();
  total = new Map();
  busy = 0;

  /** Adds a profile's samples, each weighted (e.g. 1 / runs for a mean). */
  add(profile, weight = 1) {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const name = (n) => n.callFrame.functionName || `(${n.callFrame.url.split('/').pop() || 'anonymous'})`;
    for (let i = 0; i < profile.samples.length; i++) {
      const dt = ((profile.timeDeltas[i + 1] ?? 0) / 1000) * weight;
      const node = byId.get(profile.samples[i]);
      const leaf = name(node);
      if (leaf === '(idle)' || leaf === '(program)') continue;
      this.busy += dt;
      this.self.set(leaf, (this.self.get(leaf) || 0) + dt);
      const seen = new Set();
      for (let n = node; n; n = byId.get(parent.get(n.id))) {
        const f = name(n);
        if (!seen.has(f)) { seen.add(f); this.total.set(f, (this.total.get(f) || 0) + dt); }
      }
    }
  }

  /** Prints the functions with the most self and the most total time. */
  print(selfCount, totalCount) {
    const top = (map, count) => [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
    const show = (ms) => `${ms.toFixed(1).padStart(8)} ms ${(100 * ms / this.busy).toFixed(1).padStart(5)}%  `;
    console.log('\nMost self time');
    for (const [f, ms] of top(this.self, selfCount)) console.log(show(ms) + f.slice(0, 150));
    console.log('\nMost total time (this function and what it calls)');
    for (const [f, ms] of top(this.total, totalCount)) console.log(show(ms) + f.slice(0, 150));
  }
}
