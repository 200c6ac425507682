import { describe, expect, it } from 'vitest';
import { isPublished } from './slides-folder-plugin';

describe('isPublished', () => {
  it('keeps decks, images and scripts, in any folder', () => {
    expect(['slides.md', 'images/a.png', '2024/talk.md', 'docker_demo.sh', 'README.md'].filter(isPublished)).toHaveLength(5);
  });

  it('leaves out drafts, partials and hidden files, and what is in their folders', () => {
    expect(['_draft.md', '_wip/talk.md', '.DS_Store', '.git/config', 'a/node_modules/x.js'].filter(isPublished)).toEqual([]);
  });
});
