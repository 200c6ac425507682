/**
 * Markdown → highlighted HTML, off the main thread: a slide that takes marked
 * seconds, or crashes it, never freezes the talk. Sanitizing needs a DOM and
 * happens on the page.
 */
import './prism-worker-mode';
import { markdownToHtml } from './markdown-to-html';
import { parseLinkDefinitions, type Links } from './markdown';
import type { RenderReply, RenderRequest } from './render-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
  postMessage(message: RenderReply): void;
}

const scope = globalThis as unknown as WorkerScope;
let links: Links = parseLinkDefinitions('');

scope.onmessage = ({ data }) => {
  if (data.type === 'links') {
    links = parseLinkDefinitions(data.links);
    return;
  }
  const { id } = data;
  markdownToHtml(data.markdown, links, data.headings, (phase) => scope.postMessage({ id, phase })).then(
    (html) => scope.postMessage({ id: data.id, html }),
    (error: unknown) => scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) }),
  );
};
scope.postMessage({ ready: true });
