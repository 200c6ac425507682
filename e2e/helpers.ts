import { expect, type Page } from '@playwright/test';

/** The counter's `N / M` text, as the speaker sees it. */
export const counter = (page: Page) => page.locator('.counter');

/** The slide the audience sees. */
export const currentSlide = (page: Page) => page.locator('lectern-slide[current]');

export async function expectSlide(page: Page, n: number, of = 33): Promise<void> {
  await expect(counter(page)).toHaveText(`${n} / ${of}`);
  await expect(page).toHaveURL(new RegExp(`#/${n}$`));
}

/** Console errors and uncaught exceptions seen by the page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export const FIXTURES = 'http://127.0.0.1:4174';
