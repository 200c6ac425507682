// From samples to figures: medians and p90, the table, Lectern's targets, the baseline check.

/**
 * @typedef {import('./sample.mjs').Sample} Sample
 * @typedef {import('./sample.mjs').Figure} Figure
 * @typedef {import('./probe.mjs').Tool} Tool
 * @typedef {{ median: number | 'timeout', p90: number | 'timeout', n: number, timeouts: number }} Stat
 * @typedef {Record<string, Stat | null>} Stats one per metric key, null when not measured
 * @typedef {{ slides: number, tools: Partial<Record<Tool, { stats: Stats, samples: Sample[] }>> }} DeckResult
 * @typedef {{ what: string, value: string, target: string, ok: boolean }} TargetCheck
 */

export const TOOL_NAMES = /** @type {const} */ ({ lectern: 'Lectern', reveal: 'reveal.js', floor: 'floor' });

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Every figure, lower is better. `scale` and `unit` are for display; results.json keeps ms,
 * bytes and node counts. `spread`: the table shows median / p90 (timings), else the median.
 * @type {{ key: string, label: string, unit: string, scale: number, spread: boolean, get(s: Sample): Figure | Figure[] | undefined }[]}
 */
export const METRICS = [
  { key: 'firstHeadingMs', label: 'first heading visible', unit: 'ms', scale: 1, spread: true, get: (s) => s.firstHeadingMs },
  { key: 'deepLinkMs', label: 'deep link: last slide visible', unit: 'ms', scale: 1, spread: true, get: (s) => s.deepLinkMs },
  { key: 'nextSlideMs', label: 'next slide: key to paint', unit: 'ms', scale: 1, spread: true, get: (s) => s.nextSlideMs },
  { key: 'burstMs', label: 'burst of 20 keys: to paint', unit: 'ms', scale: 1, spread: true, get: (s) => s.burstMs },
  { key: 'overviewMs', label: 'overview open', unit: 'ms', scale: 1, spread: true, get: (s) => s.overviewMs },
  { key: 'firstLoadJsGzip', label: 'first load: JS gzip', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.firstLoad?.jsGzip },
  { key: 'firstLoadCssGzip', label: 'first load: CSS gzip', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.firstLoad?.cssGzip },
  { key: 'firstLoadJsCssGzip', label: 'first load: JS+CSS gzip', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.firstLoad && s.firstLoad.jsGzip + s.firstLoad.cssGzip },
  { key: 'firstLoadJsCssRaw', label: 'first load: JS+CSS raw', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.firstLoad && s.firstLoad.jsRaw + s.firstLoad.cssRaw },
  { key: 'totalJsGzip', label: 'settled: JS gzip', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.total?.jsGzip },
  { key: 'totalCssGzip', label: 'settled: CSS gzip', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.total?.cssGzip },
  { key: 'totalJsCssRaw', label: 'settled: JS+CSS raw', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.total && s.total.jsRaw + s.total.cssRaw },
  { key: 'totalOtherRaw', label: 'settled: deck+HTML+images raw', unit: 'KiB', scale: KIB, spread: false, get: (s) => s.total?.otherRaw },
  { key: 'heapLoad', label: 'JS heap after load', unit: 'MiB', scale: MIB, spread: false, get: (s) => s.heapLoad },
  { key: 'nodesLoad', label: 'DOM nodes after load', unit: '', scale: 1, spread: false, get: (s) => s.nodesLoad },
  { key: 'heapWalk', label: 'JS heap after the walk', unit: 'MiB', scale: MIB, spread: false, get: (s) => s.heapWalk },
  { key: 'nodesWalk', label: 'DOM nodes after the walk', unit: '', scale: 1, spread: false, get: (s) => s.nodesWalk },
];

/** Nearest-rank quantile; a timeout counts as longer than any figure. @param {number[]} sorted @param {number} q */
const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))] ?? NaN;

/** @param {Figure[]} figures @returns {Stat | null} */
export function stat(figures) {
  const xs = figures.filter((x) => x !== null && x !== undefined).map((x) => (x === 'timeout' ? Infinity : Number(x)));
  if (xs.length === 0) return null;
  xs.sort((a, b) => a - b);
  const out = (/** @type {number} */ x) => (x === Infinity ? /** @type {const} */ ('timeout') : Math.round(x * 10) / 10);
  return { median: out(quantile(xs, 0.5)), p90: out(quantile(xs, 0.9)), n: xs.length, timeouts: xs.filter((x) => x === Infinity).length };
}

/** @param {Sample[]} samples @returns {Stats} */
export function statsOf(samples) {
  return Object.fromEntries(METRICS.map((m) => [m.key, stat(samples.flatMap((s) => /** @type {Figure[]} */ ([m.get(s) ?? null].flat())))]));
}

/** @param {number | 'timeout'} x @param {{ unit: string, scale: number }} m */
export function show(x, m) {
  if (x === 'timeout') return 'timeout';
  const v = x / m.scale;
  return v === 0 ? '0' : v.toFixed(m.scale === 1 ? 0 : v < 10 ? 2 : 1);
}

/** @param {Stat | null | undefined} s @param {typeof METRICS[number]} m */
const cell = (s, m) => (!s ? '—' : m.spread ? `${show(s.median, m)} / ${show(s.p90, m)}` : show(s.median, m));

/** Lectern's median against another tool's: "3.1× floor". @param {Stat | null | undefined} lectern @param {Stat | null | undefined} other @param {string} name */
function ratio(lectern, other, name) {
  if (!lectern || !other || typeof lectern.median !== 'number' || lectern.median === 0) return '';
  if (other.median === 'timeout') return `${name} timeout`;
  if (other.median === 0) return '';
  const r = lectern.median / other.median;
  return `${r < 0.095 ? r.toPrecision(1) : r.toFixed(1)}× ${name}`;
}

/**
 * Lectern's targets, for the figures measured in this run.
 * @param {Record<string, DeckResult>} results @param {Stat | null} longest
 * @returns {(TargetCheck & { deck: string, key: string })[]}
 */
export function checkTargets(results, longest) {
  /** @type {(TargetCheck & { deck: string, key: string })[]} */
  const checks = [];
  const l = (/** @type {string} */ deck, /** @type {string} */ key) => results[deck]?.tools.lectern?.stats[key];
  const f = (/** @type {string} */ deck, /** @type {string} */ key) => results[deck]?.tools.floor?.stats[key];
  /** @param {string} deck @param {string} key @param {string} what @param {string} target @param {(s: Stat) => number | 'timeout'} pick @param {number} limit @param {string} value */
  const add = (deck, key, what, target, pick, limit, value) => {
    const s = l(deck, key);
    if (!results[deck] || !s) return;
    const x = pick(s);
    checks.push({ deck, key, what: `${deck}: ${what}`, value, target, ok: x !== 'timeout' && x <= limit });
  };
  const ms = (/** @type {number | 'timeout'} */ x) => (x === 'timeout' ? x : `${Math.round(x)} ms`);
  for (const deck of Object.keys(results)) {
    const next = l(deck, 'nextSlideMs');
    if (next) {
      add(deck, 'nextSlideMs', 'next slide median', '≤ 16 ms', (s) => s.median, 16, ms(next.median));
      add(deck, 'nextSlideMs', 'next slide p90', '≤ 33 ms', (s) => s.p90, 33, ms(next.p90));
    }
  }
  const burst = l('2000', 'burstMs');
  if (burst) add('2000', 'burstMs', 'burst of 20', '≤ 150 ms', (s) => s.median, 150, ms(burst.median));
  for (const [deck, times] of /** @type {const} */ ([['seed', 2], ['2000', 2.5]])) {
    const lf = l(deck, 'firstHeadingMs');
    const ff = f(deck, 'firstHeadingMs');
    if (lf && ff && typeof ff.median === 'number') {
      add(deck, 'firstHeadingMs', 'first heading', `≤ ${times}× floor (${ms(ff.median * times)})`, (s) => s.median, ff.median * times, ms(lf.median));
    }
  }
  const bytes = l('seed', 'firstLoadJsCssGzip');
  if (bytes && typeof bytes.median === 'number') {
    add('seed', 'firstLoadJsCssGzip', 'first-load JS+CSS gzip', '≤ 60 KiB', (s) => s.median, 60 * KIB, `${(bytes.median / KIB).toFixed(1)} KiB`);
  }
  for (const [key, what, limit, target, scale, unit] of /** @type {const} */ ([
    ['heapLoad', 'JS heap after load', 4 * MIB, '≤ 4 MiB', MIB, 'MiB'],
    ['heapWalk', 'JS heap after the walk', 4 * MIB, '≤ 4 MiB', MIB, 'MiB'],
    ['nodesLoad', 'DOM nodes after load', 1500, '≤ 1,500', 1, ''],
    ['nodesWalk', 'DOM nodes after the walk', 1500, '≤ 1,500', 1, ''],
  ])) {
    const s = l('2000', key);
    if (s) add('2000', key, what, target, (x) => x.median, limit, `${show(s.median, { unit, scale })}${unit && s.median !== 'timeout' ? ` ${unit}` : ''}`);
  }
  const overview = l('2000', 'overviewMs');
  if (overview) add('2000', 'overviewMs', 'overview open', '≤ 300 ms', (s) => s.median, 300, ms(overview.median));
  if (longest) {
    checks.push({ deck: 'heavy', key: 'longestTaskMs', what: 'heavy 5,000 slides (5 MB): longest task', value: ms(longest.median), target: '≤ 250 ms', ok: longest.median !== 'timeout' && longest.median <= 250 });
  }
  return checks;
}

/**
 * The table: per deck, each figure for the three tools, Lectern's ratios and its targets.
 * @param {Record<string, DeckResult>} results @param {Stat | null} longest @param {ReturnType<typeof checkTargets>} checks
 */
export function table(results, longest, checks) {
  const lines = [];
  const row = (/** @type {string[]} */ c) => {
    const [what = '', a = '', b = '', c3 = '', ratio = '', target = ''] = c;
    return `${what.padEnd(37)}${a.padStart(17)}${b.padStart(17)}${c3.padStart(17)}   ${ratio.padEnd(28)}${target}`;
  };
  for (const [deck, { slides, tools }] of Object.entries(results).sort(([, a], [, b]) => a.slides - b.slides)) {
    lines.push('', `${deck === 'seed' ? 'seed deck' : `generated deck`}, ${slides.toLocaleString('en')} slides (times in ms: median / p90)`);
    lines.push(row(['', TOOL_NAMES.lectern, TOOL_NAMES.reveal, TOOL_NAMES.floor, 'Lectern vs', 'target']));
    for (const m of METRICS) {
      const s = (/** @type {Tool} */ t) => tools[t]?.stats[m.key];
      if (!s('lectern') && !s('reveal') && !s('floor')) continue;
      const vs = [ratio(s('lectern'), s('floor'), 'floor'), ratio(s('lectern'), s('reveal'), 'reveal')].filter(Boolean).join(', ');
      const targets = checks.filter((c) => c.deck === deck && c.key === m.key).map((c) => `${c.target} ${c.ok ? 'ok' : 'MISSED'}`);
      lines.push(row([`${m.label}${m.unit && !m.spread ? ` (${m.unit})` : ''}`, cell(s('lectern'), m), cell(s('reveal'), m), cell(s('floor'), m), vs, targets.join('; ')]));
    }
  }
  if (longest) {
    const c = checks.find((x) => x.key === 'longestTaskMs');
    lines.push('', `heavy deck, 5,000 slides, 5 MB, Lectern: longest main-thread task while it loads and is walked`);
    lines.push(`  median / p90: ${show(longest.median, { unit: '', scale: 1 })} / ${show(longest.p90, { unit: '', scale: 1 })} ms   ${c ? `${c.target} ${c.ok ? 'ok' : 'MISSED'}` : ''}`);
  }
  return lines.join('\n');
}

/**
 * Every median and p90 more than 20% worse (higher) than the baseline's.
 * @param {{ results: Record<string, DeckResult>, longestTaskMs: Stat | null }} now
 * @param {{ results: Record<string, DeckResult>, longestTaskMs: Stat | null }} base
 */
export function regressions(now, base) {
  /** @type {string[]} */
  const flagged = [];
  /** @param {string} what @param {Stat | null | undefined} a @param {Stat | null | undefined} b @param {{ unit: string, scale: number }} m */
  const compare = (what, a, b, m) => {
    if (!a || !b) return;
    for (const q of /** @type {const} */ (['median', 'p90'])) {
      const x = a[q];
      const y = b[q];
      if (y === 'timeout') continue;
      if (x === 'timeout' || (y > 0 && x > y * 1.2)) {
        const change = x === 'timeout' ? 'now timeout' : `+${Math.round((x / y - 1) * 100)}%`;
        flagged.push(`${what} ${q}: ${show(y, m)} → ${show(x, m)}${m.unit ? ` ${m.unit}` : ''} (${change})`);
      }
    }
  };
  for (const [deck, { tools }] of Object.entries(now.results)) {
    for (const [tool, result] of Object.entries(tools)) {
      for (const m of METRICS) {
        compare(`${deck} ${TOOL_NAMES[/** @type {Tool} */ (tool)]} ${m.label}`, result?.stats[m.key], base.results?.[deck]?.tools?.[/** @type {Tool} */ (tool)]?.stats?.[m.key], m);
      }
    }
  }
  compare('heavy Lectern longest task', now.longestTaskMs, base.longestTaskMs, { unit: 'ms', scale: 1 });
  return flagged;
}
