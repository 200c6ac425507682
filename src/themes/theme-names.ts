/** The built-in looks, in the order the theme key cycles them. */
export const THEMES = ['light', 'dark', 'high-contrast'] as const;

export type ThemeName = (typeof THEMES)[number];

export const isTheme = (name: unknown): name is ThemeName => typeof name === 'string' && (THEMES as readonly string[]).includes(name);

export function nextTheme(theme: ThemeName): ThemeName {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length] ?? 'light';
}

export interface ThemeAsks {
  /** Chosen with the key in this tab: a reload in a dim room keeps it. */
  stored?: string | null | undefined;
  /** `?theme=` in the page's URL. */
  query?: string | null | undefined;
  /** `theme:` in the deck's front matter (Marp and Slidev names Lectern does not know are ignored). */
  meta?: string | undefined;
}

/** The key's choice beats the URL, which beats the deck; an unknown name falls through to the next. */
export function chooseTheme({ stored, query, meta }: ThemeAsks): ThemeName {
  return [stored, query?.trim().toLowerCase(), meta?.trim().toLowerCase()].find(isTheme) ?? 'light';
}
