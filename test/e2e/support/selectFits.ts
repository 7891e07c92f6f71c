import type { Locator } from 'playwright-core';

/**
 * Every option of a <select>, measured in the select's own font, against the room inside it (less
 * its padding and arrow): the widest option's width and that room, in CSS pixels.
 */
export async function selectTextFit(select: Locator): Promise<{ widest: number; room: number; text: string }> {
  return select.evaluate((el: HTMLSelectElement) => {
    const style = getComputedStyle(el);
    const ctx = document.createElement('canvas').getContext('2d')!;
    ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const texts = [...el.options].map((o) => o.text);
    const widths = texts.map((t) => ctx.measureText(t).width);
    const at = widths.indexOf(Math.max(...widths));
    return { widest: widths[at], text: texts[at], room: el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) };
  });
}
