import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { currentSlide, deckPage, watchErrors } from './helpers';

const notesBody = (page: Page) => page.getByRole('region', { name: 'Speaker notes' }).locator('.notes-body');
const position = (page: Page) => page.locator('lectern-presenter .position');

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** What a directive comment would show if it ever reached the notes. */
const DIRECTIVES = /\.element|prettier|_class|\bfit\b|paginate/;

test('a Slidev deck: the trailing comment shows in the presenter notes, never to the audience', async ({ context }) => {
  const presenter = await open(context, deckPage('comment-notes/deck.md', '#/1', '&presenter'));
  const audience = await open(context, deckPage('comment-notes/deck.md', '#/1'));
  const errors = watchErrors(audience);

  await expect(position(presenter)).toHaveText('1 / 4');
  await expect(notesBody(presenter)).toContainText('Greet the room first.');
  await expect(notesBody(presenter).locator('strong')).toHaveText('why');
  await expect(notesBody(presenter)).not.toContainText('A comment before the content');
  await expect(currentSlide(audience).getByText('Audience text on slide one.')).toBeVisible();
  await expect(audience.getByText('Greet the room')).toHaveCount(0);
  await expect(audience.getByText('A comment before the content')).toHaveCount(0);

  await audience.keyboard.press('ArrowRight');
  await expect(position(presenter)).toHaveText('2 / 4');
  await expect(notesBody(presenter)).toHaveText('No notes for this slide.');
  await expect(currentSlide(audience)).not.toContainText(DIRECTIVES);

  await audience.keyboard.press('ArrowRight');
  await expect(position(presenter)).toHaveText('3 / 4');
  await expect(notesBody(presenter)).toContainText('Remark marker note');
  await expect(notesBody(presenter)).toContainText('Comment note after the content');
  await expect(audience.getByText('Comment note after the content')).toHaveCount(0);

  await audience.keyboard.press('ArrowRight');
  await expect(position(presenter)).toHaveText('4 / 4');
  await expect(currentSlide(audience).locator('code')).toContainText('<!-- comment in code, shown as code -->');
  await expect(notesBody(presenter)).toHaveText('No notes for this slide.');
  expect(errors).toEqual([]);
});

test('a Marp deck: every comment but a directive is a note, wherever it stands', async ({ context }) => {
  const presenter = await open(context, deckPage('comment-notes/marp.md', '#/1', '&presenter'));
  const audience = await open(context, deckPage('comment-notes/marp.md', '#/1'));

  await expect(position(presenter)).toHaveText('1 / 2');
  await expect(notesBody(presenter)).toContainText('Marp opening note');
  await expect(notesBody(presenter)).toContainText('Marp middle note');
  await expect(notesBody(presenter)).not.toContainText(DIRECTIVES);
  await expect(currentSlide(audience).getByText('Marp audience text.')).toBeVisible();
  await expect(audience.getByText(/Marp (opening|middle) note/)).toHaveCount(0);

  await audience.keyboard.press('ArrowRight');
  await expect(position(presenter)).toHaveText('2 / 2');
  await expect(notesBody(presenter)).toHaveText('Marp closing note');
  await expect(audience.getByText('Marp closing note')).toHaveCount(0);
});
