import { describe, expect, it } from 'vitest';
import { parsePictureSize, pictureSize, PICTURE_SIZES } from '../../../src/ui/share/pictureSizes';
import { wrapText } from '../../../src/ui/share/pictureText';
import { svgPicture } from '../../../src/ui/share/svgPicture';
import { pictureLayout } from '../../../src/ui/share/pictureLayout';

const byId = (id: string) => PICTURE_SIZES.find((s) => s.id === id)!;

describe('picture sizes', () => {
  it('2× and 4× are exactly twice and four times the view', () => {
    expect(pictureSize(byId('2x'), 902, 724)).toEqual({ width: 1804, height: 1448 });
    expect(pictureSize(byId('4x'), 902.4, 723.6)).toEqual({ width: 3610, height: 2894 });
  });
  it('slides are 16:9 or 4:3 whatever the view', () => {
    for (const s of PICTURE_SIZES.filter((p) => p.kind === 'slide')) {
      const { width, height } = pictureSize(s, 500, 900);
      expect([16 / 9, 4 / 3]).toContainEqual(width / height);
    }
  });
  it('reads custom sizes and says what is wrong with bad ones', () => {
    expect(parsePictureSize('1920x1080')).toEqual({ width: 1920, height: 1080 });
    expect(parsePictureSize(' 800 × 600 ')).toEqual({ width: 800, height: 600 });
    expect(parsePictureSize('big')).toEqual({ error: expect.stringContaining('not a size') });
    expect(parsePictureSize('99999x5')).toEqual({ error: expect.stringContaining('outside') });
  });
});

describe('wrapText', () => {
  const measure = (s: string) => s.length; // one unit per character
  it('breaks between words to fit the width', () => {
    expect(wrapText('aaa bbb ccc', 7, measure)).toEqual(['aaa bbb', 'ccc']);
  });
  it('ends a cut last line with an ellipsis that fits', () => {
    expect(wrapText('aaa bbb ccc ddd eee', 7, measure, 2)).toEqual(['aaa bbb', 'ccc…']);
  });
});

describe('pictureLayout', () => {
  it('follows a 1920×1080 slide: 48 px margins, a 40 px title, the frame between header and legend', () => {
    const l = pictureLayout(1920, 1080, 1, 1);
    expect(l.margin).toBe(48);
    expect(l.title.size).toBe(40);
    // Title baseline 48 + 40 = 88; subtitle from 102, one 30 px line → 132; frame from 156.
    expect(l.frame.y).toBe(156);
    // Legend baseline 1080 − 48 = 1032; its band starts 22 + 24 px above → 986.
    expect(l.frame.y + l.frame.height).toBe(986);
    // Two legend rows: the band grows by one 30 px line.
    const two = pictureLayout(1920, 1080, 1, 2);
    expect(two.frame.y + two.frame.height).toBe(956);
  });
  it('scales a 4K slide by 2', () => {
    expect(pictureLayout(3840, 2160, 0, 0).title.size).toBe(80);
  });
});

describe('svgPicture', () => {
  it('writes one group per chip, lines and escaped text', () => {
    const svg = svgPicture(
      {
        width: 100,
        height: 50,
        scale: 1,
        toPicture: (x, y) => ({ x, y }),
        background: '#0d1117',
        shapes: [
          { kind: 'chip', index: 0, faces: [{ points: [0, 0, 10, 0, 10, 10], fill: '#ff0000' }] },
          { kind: 'chip', index: 1, faces: [{ points: [20, 0, 30, 0, 30, 10], fill: '#00ff00' }] },
          {
            kind: 'line',
            group: 'links',
            points: [0, 0, 20, 0],
            stroke: '#0000ff',
            width: 2,
            opacity: 1,
            dashed: true,
          },
        ],
      },
      [
        {
          kind: 'text',
          text: 'A < B & "C"',
          x: 1,
          y: 2,
          size: 10,
          weight: '700',
          style: 'normal',
          family: 'sans-serif',
          color: '#fff',
          anchor: 'start',
          role: 'title',
        },
      ],
      'Title & more',
    );
    expect(svg.match(/<g class="chip" data-chip="\d+">/g)).toHaveLength(2);
    expect(svg).toContain('<polygon points="0,0 10,0 10,10" fill="#ff0000"/>');
    expect(svg).toContain('stroke-dasharray="6 4"');
    expect(svg).toContain('A &#60; B &#38; &#34;C&#34;');
    expect(svg).toContain('<title>Title &#38; more</title>');
    expect(svg).toContain('<rect width="100%" height="100%" fill="#0d1117"/>');
  });
});
