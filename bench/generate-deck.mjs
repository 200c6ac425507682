// Benchmark decks of any size, the same bytes on every run: no randomness, no dates.

const TOPICS = ['Containers', 'Images', 'Volumes', 'Networks', 'Registries', 'Compose', 'Builds', 'Security'];
const VERBS = ['start', 'inspect', 'tag', 'push', 'prune', 'mount', 'expose', 'scale'];

/**
 * Slide i (0-based) of a generated deck: a heading, a paragraph, a three-item list and a
 * ten-line JavaScript block.
 * @param {number} i
 */
export function generatedSlide(i) {
  const n = i + 1;
  const topic = TOPICS[i % TOPICS.length] ?? 'Topic';
  const verb = VERBS[(i * 3) % VERBS.length] ?? 'run';
  return [
    `${n === 1 ? '#' : '##'} ${topic} ${n}`,
    '',
    `Slide ${n} shows how to ${verb} ${topic.toLowerCase()} with a short script, a few *points* to remember and a \`${verb}()\` call that you can [read about](https://example.com/${topic.toLowerCase()}/${n}).`,
    '',
    `- ${verb} one of ${n}`,
    `- keep **${topic.toLowerCase()}** small`,
    `- check the result`,
    '',
    '```js',
    `export async function ${verb}${topic}${n}(client, options = {}) {`,
    `  const items = await client.list('${topic.toLowerCase()}', { limit: ${(n % 50) + 10} });`,
    '  const done = [];',
    '  for (const item of items) {',
    `    if (item.id % ${(n % 7) + 2} === 0) continue;`,
    `    const result = await client.${verb}(item.id, { ...options, slide: ${n} });`,
    '    done.push({ id: item.id, ok: result.status === 200 });',
    '  }',
    `  return done; // ${n} of the deck`,
    '}',
    '```',
  ].join('\n');
}

/**
 * A deck of n slides separated by `---` lines with blank lines around them, which every tool
 * measured reads as a slide break.
 * @param {number} n
 */
export function generateDeck(n) {
  return `${Array.from({ length: n }, (_, i) => generatedSlide(i)).join('\n\n---\n\n')}\n`;
}
