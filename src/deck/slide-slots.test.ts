import { describe, expect, it } from 'vitest';
import { arrangeSlots } from './slide-slots';
import { readDirectives, COLUMN_BREAK } from './slide-directives';
import { withoutVueMarkup } from './vue-markup';

const BREAK = '<hr class="lectern-column-break">';

describe("Slidev's slot lines", () => {
  it('puts the default part left and ::right:: right, in any order', () => {
    expect(arrangeSlots(['::right::', 'R', '::default::', 'L'], BREAK)).toEqual(['L', '', BREAK, '', 'R']);
  });

  it('makes what comes before ::left:: a head across both columns, and ::bottom:: a foot', () => {
    expect(arrangeSlots(['# Head', '::left::', 'L', '::right::', 'R', '::bottom::', 'B'], BREAK)).toEqual([
      '# Head', '', '<hr class="lectern-column-start">', '', 'L', '', BREAK, '', 'R', '', '<hr class="lectern-column-end">', '', 'B',
    ]);
    expect(arrangeSlots(['::left::', 'L', '::right::', 'R'], BREAK)).toEqual(['L', '', BREAK, '', 'R']);
  });

  it('drops the lines on a slide of another layout, the default part first', () => {
    expect(arrangeSlots(['::right::', 'R', '::default::', 'L'], undefined)).toEqual(['L', 'R']);
  });

  it('leaves slot lines in code, and slides without any', () => {
    expect(arrangeSlots(['```', '::right::', '```'], BREAK)).toBeUndefined();
    expect(readDirectives('a\n\n::right::\n\nb').markdown).toBe(`a\n\n\n${COLUMN_BREAK}\n\n\nb`);
    expect(readDirectives('a\n\n::right::\n\nb', false).markdown).toBe('a\n\n\nb');
  });
});

describe('Vue markup', () => {
  it('drops {{ expressions }} and @event / #slot attributes, not code or quoted values', () => {
    expect(withoutVueMarkup('Page {{ $slidev.nav.currentPage }} of {{total}}')).toBe('Page  of ');
    expect(withoutVueMarkup('<span @click="n++" class="b" title="a #b">x</span>')).toBe('<span class="b" title="a #b">x</span>');
    expect(withoutVueMarkup('<template #default>y</template>')).toBe('<template>y</template>');
    expect(withoutVueMarkup('<Tweet id="1" /> <carbon-logo/>\n**bold**\n\n<div />\nText <Counter :n="1" />')).toBe('\n**bold**\n\n<div />\nText <Counter :n="1" />');
    expect(withoutVueMarkup('`{{ x }}`\n\n```vue\n<b @click="x">{{ y }}</b>\n```')).toBe('`{{ x }}`\n\n```vue\n<b @click="x">{{ y }}</b>\n```');
  });
});
