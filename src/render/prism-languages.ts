/**
 * The Prism grammars Lectern can highlight, each loaded only when a deck
 * uses it. Prism's own bundle (loaded first, for any of them) already holds
 * markup, css, clike and javascript.
 */

interface Grammar {
  load: () => Promise<unknown>;
  requires?: readonly string[];
}

export const GRAMMARS: Readonly<Record<string, Grammar>> = {
  markup: { load: async () => undefined },
  css: { load: async () => undefined },
  clike: { load: async () => undefined },
  javascript: { load: async () => undefined },
  'markup-templating': { load: () => import('prismjs/components/prism-markup-templating.js'), requires: ['markup'] },
  bash: { load: () => import('prismjs/components/prism-bash.js') },
  python: { load: () => import('prismjs/components/prism-python.js') },
  typescript: { load: () => import('prismjs/components/prism-typescript.js'), requires: ['javascript'] },
  jsx: { load: () => import('prismjs/components/prism-jsx.js'), requires: ['markup', 'javascript'] },
  tsx: { load: () => import('prismjs/components/prism-tsx.js'), requires: ['jsx', 'typescript'] },
  json: { load: () => import('prismjs/components/prism-json.js') },
  yaml: { load: () => import('prismjs/components/prism-yaml.js') },
  toml: { load: () => import('prismjs/components/prism-toml.js') },
  ini: { load: () => import('prismjs/components/prism-ini.js') },
  docker: { load: () => import('prismjs/components/prism-docker.js') },
  go: { load: () => import('prismjs/components/prism-go.js'), requires: ['clike'] },
  sql: { load: () => import('prismjs/components/prism-sql.js') },
  diff: { load: () => import('prismjs/components/prism-diff.js') },
  ruby: { load: () => import('prismjs/components/prism-ruby.js'), requires: ['clike'] },
  rust: { load: () => import('prismjs/components/prism-rust.js') },
  java: { load: () => import('prismjs/components/prism-java.js'), requires: ['clike'] },
  kotlin: { load: () => import('prismjs/components/prism-kotlin.js'), requires: ['clike'] },
  c: { load: () => import('prismjs/components/prism-c.js'), requires: ['clike'] },
  cpp: { load: () => import('prismjs/components/prism-cpp.js'), requires: ['c'] },
  csharp: { load: () => import('prismjs/components/prism-csharp.js'), requires: ['clike'] },
  php: { load: () => import('prismjs/components/prism-php.js'), requires: ['markup-templating'] },
  swift: { load: () => import('prismjs/components/prism-swift.js') },
  lua: { load: () => import('prismjs/components/prism-lua.js') },
  makefile: { load: () => import('prismjs/components/prism-makefile.js') },
  markdown: { load: () => import('prismjs/components/prism-markdown.js'), requires: ['markup'] },
  scss: { load: () => import('prismjs/components/prism-scss.js'), requires: ['css'] },
  graphql: { load: () => import('prismjs/components/prism-graphql.js') },
  powershell: { load: () => import('prismjs/components/prism-powershell.js') },
  nginx: { load: () => import('prismjs/components/prism-nginx.js') },
};

const ALIASES: Readonly<Record<string, string>> = {
  sh: 'bash', shell: 'bash', zsh: 'bash', console: 'bash', shellsession: 'bash',
  py: 'python', python3: 'python', js: 'javascript', mjs: 'javascript', cjs: 'javascript', node: 'javascript',
  ts: 'typescript', yml: 'yaml', dockerfile: 'docker', golang: 'go', rb: 'ruby', rs: 'rust',
  'c++': 'cpp', cxx: 'cpp', h: 'c', cs: 'csharp', 'c#': 'csharp', kt: 'kotlin', patch: 'diff',
  html: 'markup', xml: 'markup', svg: 'markup', htm: 'markup', md: 'markdown', make: 'makefile',
  ps1: 'powershell', gql: 'graphql', postgres: 'sql', mysql: 'sql', sqlite: 'sql',
};

/** The grammar a code block's language name asks for, if Lectern has it. */
export function grammarName(lang: string): string | undefined {
  const key = lang.trim().toLowerCase();
  const name = Object.hasOwn(ALIASES, key) ? ALIASES[key] : key;
  return name !== undefined && Object.hasOwn(GRAMMARS, name) ? name : undefined;
}
