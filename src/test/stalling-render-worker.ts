/**
 * The real render worker, except that a slide containing "STALL" never
 * finishes, the way a slide that sends marked into a long loop would not.
 */
import '../render/prism-worker-mode';
import { markdownToHtml } from '../render/markdown-to-html';
import { parseLinkDefinitions } from '../render/markdown';
import type { RenderReply, RenderRequest } from '../render/render-protocol';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<RenderRequest>) => void) | null;
  postMessage(message: RenderReply): void;
};

scope.onmessage = ({ data }) => {
  if (data.type !== 'render') return;
  if (data.markdown.includes('STALL')) for (;;);
  const { id } = data;
  void markdownToHtml(data.markdown, parseLinkDefinitions(''), data.headings, (phase) => scope.postMessage({ id, phase })).then((html) =>
    scope.postMessage({ id, html }),
  );
};
scope.postMessage({ ready: true });
