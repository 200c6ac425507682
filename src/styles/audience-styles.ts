import { css } from 'lit';

export const audienceStyles = css`
  .slides {
    display: contents;
  }
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
    }
    lectern-stage {
      flex: 1;
      min-height: 0;
    }
    /* On the theme's own background, so it stays readable on a slide with a dark colour or a picture. */
    .counter {
      position: absolute;
      right: 22px;
      bottom: 14px;
      padding: 4px 6px;
      border-radius: 4px;
      background: var(--lectern-background, #fff);
      font: 20px/1 var(--lectern-font, system-ui, sans-serif);
      color: var(--lectern-muted, #4a5263);
      font-variant-numeric: tabular-nums;
    }
    .digits {
      position: absolute;
      left: 28px;
      bottom: 18px;
      padding: 6px 12px;
      border-radius: 6px;
      background: var(--lectern-heading, #0d1b2a);
      color: var(--lectern-background, #fff);
      font: 24px/1 var(--lectern-font, system-ui, sans-serif);
    }
    .progress {
      position: absolute;
      left: 0;
      bottom: 0;
      height: 6px;
      background: var(--lectern-progress, var(--lectern-accent, #0a58b0));
      transition: width 0.2s ease-out;
    }
    .notes {
      flex: 0 0 auto;
      max-height: 35%;
      overflow: auto;
      box-sizing: border-box;
      padding: 0.75rem 1.5rem;
      background: #15191f;
      color: #f1f3f6;
      font: 20px/1.45 var(--lectern-font, system-ui, sans-serif);
      border-top: 3px solid var(--lectern-accent, #0a58b0);
    }
    .notes h2 {
      margin: 0 0 0.25rem;
      font-size: 0.8rem;
      letter-spacing: 0.08em;
      text-transform: uppercase;
      color: #b5bdca;
    }
    .notes a {
      color: #8ec5ff;
    }
    .empty {
      color: #b5bdca;
      font-style: italic;
    }
    @media (prefers-reduced-motion: reduce) {
      .progress {
        transition: none;
      }
    }
`;
