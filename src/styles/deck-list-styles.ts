import { css } from 'lit';

export const deckListStyles = css`
  :host {
    display: block;
    min-height: 100%;
    box-sizing: border-box;
    padding: 2.5rem clamp(1rem, 4vw, 3.5rem) 3rem;
    background: var(--lectern-list-background, #15181e);
    color: #f1f3f6;
    font: 18px/1.45 var(--lectern-font, system-ui, sans-serif);
  }
  header {
    max-width: 68rem;
    margin: 0 auto 1.75rem;
  }
  h1 {
    margin: 0;
    font-size: 2rem;
    font-weight: 650;
  }
  header p {
    margin: 0.25rem 0 0;
    color: #b5bdca;
  }
  ul {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr));
    gap: 1.5rem;
    max-width: 68rem;
    margin: 0 auto;
    padding: 0;
    list-style: none;
  }
  a {
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
    height: 100%;
    box-sizing: border-box;
    padding: 0.6rem 0.6rem 0.9rem;
    border: 1px solid #2f3642;
    border-radius: 10px;
    background: #1f242d;
    color: inherit;
    text-decoration: none;
    transition: background-color 0.15s, border-color 0.15s;
  }
  a:hover {
    background: #272d38;
    border-color: #4a5363;
  }
  a:focus-visible {
    outline: 3px solid #8ec5ff;
    outline-offset: 3px;
  }
  .thumb {
    display: grid;
    place-items: center;
    aspect-ratio: 16 / 9;
    margin-bottom: 0.45rem;
    border-radius: 6px;
    overflow: hidden;
    background: #000;
    color: #8d96a6;
    font-size: 0.85rem;
  }
  .thumb lectern-thumbnail {
    width: 100%;
    height: 100%;
  }
  .title {
    padding: 0 0.2rem;
    font-size: 1.1rem;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .about {
    display: flex;
    justify-content: space-between;
    gap: 0.75rem;
    padding: 0 0.2rem;
    color: #b5bdca;
    font-size: 0.85rem;
  }
  code {
    font: 0.8rem/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color: #8d96a6;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
`;
