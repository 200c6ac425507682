import type { Heading } from '../deck/types';
import type { RenderReply, RenderRequest } from './render-protocol';

/** A slide that takes longer than this to turn into HTML is given up: it shows a card instead. */
export const RENDER_TIMEOUT_MS = 5000;
/** Fetching a slide's grammars over the network gets this long before the slide is given up. */
const LOAD_TIMEOUT_MS = 30_000;
/** A worker that has not loaded after this long is given up for rendering on the page. */
const BOOT_TIMEOUT_MS = 15_000;

export class RenderTimeout extends Error {
  constructor(ms: number, what = 'to render') {
    super(`it took more than ${ms / 1000} seconds ${what}`);
  }
}

interface Job {
  id: number;
  markdown: string;
  headings: Heading[];
  resolve(html: string): void;
  reject(error: Error): void;
}

const renderWorker = (): Worker => new Worker(new URL('./render-worker.ts', import.meta.url), { type: 'module', name: 'lectern-render' });

/**
 * Turns slide Markdown into HTML in a worker, one slide at a time. A slide
 * that takes too long is given up and the worker replaced, so the next slide
 * renders as usual. Where no worker can start, it renders on the page.
 * Start it early: the worker boots while the deck is being fetched.
 */
export class MarkdownRenderer {
  private worker: Worker | undefined;
  /** The worker has loaded: a slide's time starts counting only then. */
  private workerReady = false;
  private bootTimer: ReturnType<typeof setTimeout> | undefined;
  private workerFailed = false;
  private links = '';
  private readonly queue: Job[] = [];
  private running:
    | {
        job: Job;
        /** Counts down the slide's time; unset while the worker boots. */
        timer: ReturnType<typeof setTimeout> | undefined;
        /** The slide's own time left: lexing and rendering, across every phase. */
        budget: number;
        /** When the current phase started, or undefined while grammars load. */
        since: number | undefined;
      }
    | undefined;
  private nextId = 1;

  constructor(
    private readonly timeoutMs = RENDER_TIMEOUT_MS,
    private readonly createWorker: () => Worker = renderWorker,
  ) {
    this.spawn();
  }

  /** The deck's reference-link definitions, in scope for every slide rendered from now on. */
  useLinks(links: string): void {
    this.links = links;
    this.post({ type: 'links', links });
  }

  render(markdown: string, headings: readonly Heading[]): Promise<string> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, markdown, headings: [...headings], resolve, reject });
      this.pump();
    });
  }

  private spawn(): void {
    if (this.worker || this.workerFailed) return;
    let worker: Worker;
    try {
      worker = this.createWorker();
    } catch {
      this.workerFailed = true;
      return;
    }
    worker.addEventListener('message', (event: MessageEvent<RenderReply>) => this.onReply(worker, event.data));
    worker.addEventListener('error', (event) => this.onWorkerError(worker, event));
    this.worker = worker;
    this.workerReady = false;
    this.bootTimer = setTimeout(() => this.onWorkerError(worker, new Event('error')), BOOT_TIMEOUT_MS);
    if (this.links) this.post({ type: 'links', links: this.links });
  }

  private post(request: RenderRequest): void {
    this.worker?.postMessage(request);
  }

  private pump(): void {
    if (this.running) return;
    this.spawn();
    const job = this.queue.shift();
    if (!job) return;
    if (!this.worker) return void this.renderInPage(job).finally(() => this.pump());
    // Sent at once: a worker still booting takes it as soon as it has loaded, without a round trip through
    // a busy page. The slide's time starts counting only then.
    this.running = { job, timer: undefined, budget: this.timeoutMs, since: undefined };
    if (this.workerReady) this.startClock();
    this.post({ type: 'render', id: job.id, markdown: job.markdown, headings: job.headings });
  }

  private startClock(): void {
    const running = this.running;
    if (!running) return;
    running.since = performance.now();
    running.timer = setTimeout(() => this.timeOut(), running.budget);
  }

  private onReply(worker: Worker, reply: RenderReply): void {
    if (worker !== this.worker) return;
    if ('ready' in reply) {
      clearTimeout(this.bootTimer);
      this.workerReady = true;
      return this.startClock();
    }
    const running = this.running;
    if (!running || reply.id !== running.job.id) return;
    clearTimeout(running.timer);
    if ('phase' in reply) {
      // The slide's own time is lexing and rendering; fetching grammars is the network's.
      if (reply.phase === 'loading') {
        if (running.since !== undefined) running.budget -= performance.now() - running.since;
        running.since = undefined;
        running.timer = setTimeout(() => this.timeOut(new RenderTimeout(LOAD_TIMEOUT_MS, 'to load its highlighting')), LOAD_TIMEOUT_MS);
      } else {
        running.since = performance.now();
        running.timer = setTimeout(() => this.timeOut(), Math.max(running.budget, 0));
      }
      return;
    }
    this.running = undefined;
    if ('html' in reply) running.job.resolve(reply.html);
    else running.job.reject(new Error(reply.error));
    this.pump();
  }

  private timeOut(reason = new RenderTimeout(this.timeoutMs)): void {
    const running = this.running;
    if (!running) return;
    this.running = undefined;
    clearTimeout(this.bootTimer);
    this.worker?.terminate();
    this.worker = undefined;
    running.job.reject(reason);
    this.pump();
  }

  /** The worker's script could not load (or it broke outside a job): render on the page from now on. */
  private onWorkerError(worker: Worker, event: Event): void {
    if (worker !== this.worker) return;
    event.preventDefault();
    clearTimeout(this.bootTimer);
    console.warn('Lectern: the render worker could not run; rendering on the page instead.');
    worker.terminate();
    this.worker = undefined;
    this.workerFailed = true;
    const running = this.running;
    this.running = undefined;
    if (running) {
      clearTimeout(running.timer);
      this.queue.unshift(running.job);
    }
    this.pump();
  }

  private async renderInPage(job: Job): Promise<void> {
    try {
      const [{ markdownToHtml }, { parseLinkDefinitions }] = await Promise.all([
        import('./markdown-to-html'),
        import('./markdown'),
      ]);
      job.resolve(await markdownToHtml(job.markdown, parseLinkDefinitions(this.links), job.headings));
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }
}
