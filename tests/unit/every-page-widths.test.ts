// The every-page suite loads a page once and resizes it for the next width, unless the page's
// resources depend on the width: then a phone's own requests must be checked by a fresh load.
import { describe, expect, it } from 'vitest';
import { widthDependent } from '../e2e/support/pages.ts';

describe('widthDependent', () => {
  it('finds responsive images, <source> and media-dependent stylesheets', () => {
    expect(widthDependent('<img src="a.png" srcset="a-2x.png 2x" alt="">')).toBe(true);
    expect(widthDependent('<picture><source media="(min-width: 40rem)" srcset="b.webp"><img src="b.png" alt=""></picture>')).toBe(true);
    expect(widthDependent('<link rel="stylesheet" href="print.css" media="print">')).toBe(true);
    expect(widthDependent('<style media="(max-width: 40rem)">p{}</style>')).toBe(true);
  });

  it('leaves pages whose requests are the same at every width to one load', () => {
    expect(widthDependent('<html><head><style>@media (max-width: 40rem) { p { margin: 0 } }</style></head><body><img src="a.png" alt=""><p>srcset is a word here</p></body></html>')).toBe(false);
  });
});
