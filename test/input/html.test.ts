// The EDGAR HTML reader: emphasis from tags and from CSS, table cells as lines, entities, Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeDocument, htmlToLetterText, readTextDocument, sniffFormat } from '../../server/src/core/input';

const html = (body: string) => `<html><head><title>CORRESP</title><style>p{margin:0}</style></head><body>${body}</body></html>`;

describe('HTML reader', () => {
  it('keeps <b>, <i>, <u> and CSS font-weight / font-style / text-decoration as markdown emphasis', () => {
    const { text } = htmlToLetterText(
      html(
        '<p><b>1. Tell us</b> why, <i>in detail</i>, and <u>when</u>.</p>' +
          '<p><font style="font-family:Times New Roman;font-weight:bold">2.</font><font style="font-weight:700;padding-left:18pt">Please revise</font> the <span style="font-style:italic">table</span>.</p>' +
          '<p style="font-weight:bold">Response:</p><p><span style="text-decoration:underline">Response to Comment 3</span></p>' +
          '<p><b>bold <span style="font-weight:normal">not bold</span> bold again</b></p>',
      ),
    );
    expect(text.split('\n').filter(Boolean)).toEqual([
      '**1. Tell us** why, *in detail*, and __when__.',
      '**2. Please revise** the *table*.',
      '**Response:**',
      '__Response to Comment 3__',
      '**bold** not bold **bold again**',
    ]);
  });

  it('writes table cells as lines, and a number cell on the line of its text', () => {
    const { text } = htmlToLetterText(
      html('<table><tr><td><b>1.</b></td><td><b>Tell us about revenue.</b></td></tr><tr><td>Revenue</td><td>$ 1,234</td></tr></table><p>After</p>'),
    );
    expect(text).toBe('**1. Tell us about revenue.**\n\nRevenue\n$ 1,234\n\nAfter\n');
  });

  it('separates paragraphs by a blank line and keeps <br> line breaks inside them', () => {
    const { text, map } = htmlToLetterText('<div>one<br>two</div>\n<div>three</div>\n<p>four</p>');
    expect(text).toBe('one\ntwo\n\nthree\n\nfour\n');
    expect(map).toEqual([{ line: 1 }, { line: 1 }, undefined, { line: 2 }, undefined, { line: 3 }]);
  });

  it('decodes entities, including numeric references in the Windows-1252 range', () => {
    const { text } = htmlToLetterText(html('<p>AT&amp;T&#146;s &ldquo;Item&nbsp;7&rdquo; &#8212; &sect;&nbsp;10 &frac12; &#x2019; &amp</p>'));
    expect(text).toBe('AT&T\u2019s \u201CItem 7\u201D \u2014 \u00A7 10 \u00BD \u2019 &\n');
  });

  it('reads Windows-1252 HTML (EDGAR\u2019s usual) and the charset a <meta> names', () => {
    const cp1252 = Uint8Array.from([...Buffer.from('<html><body><p>The Company\x92s \x93response\x94 \x96 \xa7 2</p></body></html>', 'latin1')]);
    expect(sniffFormat(cp1252, 'r.htm')).toBe('html');
    expect(readTextDocument(cp1252, 'r.htm').text).toBe('The Company\u2019s \u201Cresponse\u201D \u2013 \u00A7 2\n');
    const latin2 = Uint8Array.from([...Buffer.from('<html><head><meta charset="iso-8859-2"></head><body><p>\xa3\xf3d\xbc</p></body></html>', 'latin1')]);
    expect(decodeDocument(latin2, 'x.htm', 'html')).toMatch(/\u0141\u00F3d\u017A/);
    expect(() => decodeDocument(cp1252, 'x.txt', 'text')).toThrow(/not valid UTF-8/);
  });

  it('drops the EDGAR envelope and logo file names', () => {
    const { text, map } = htmlToLetterText('<DOCUMENT>\n<TYPE>CORRESP\n<SEQUENCE>1\n<FILENAME>filename1.htm\n<TEXT>\n<html><body><p><img src="a.jpg" alt="allstate01.jpg"><img alt="Company logo"></p>\n<p>May 1, 2018</p></body></html>');
    expect(text).toBe('Company logo\n\nMay 1, 2018\n');
    expect(map[2]).toEqual({ line: 7 });
  });

  it('drops the running header and page number at CSS page breaks and joins the sentence a break cut', () => {
    const page = (n: number) => `<div style="page-break-before:always"></div><p>Example Corp</p><p>October 14, 2022</p><p>Page ${n} of 3</p>`;
    const { text } = htmlToLetterText(
      html(
        `<p><b>1. Tell us about revenue.</b></p><p><b>Response</b></p><p>We will expand the disclosure in our Form 10-K for the year ending December 31,</p>` +
          `${page(2)}<p>2022 and later filings.</p><p><b>2. Tell us about tax.</b></p>${page(3)}<p><b>Response</b></p><p>We acknowledge the comment.</p>`,
      ),
    );
    expect(text).toBe(
      '**1. Tell us about revenue.**\n\n**Response**\n\nWe will expand the disclosure in our Form 10-K for the year ending December 31,\n\n2022 and later filings.\n\n**2. Tell us about tax.**\n\n**Response**\n\nWe acknowledge the comment.\n',
    );
    const cut = htmlToLetterText(`<p>we will provide the requested</p><hr style="page-break-after: always"><p>- 2 -</p><p>information in future filings.</p>`);
    expect(cut.text).toBe('we will provide the requested information in future filings.\n');
  });
});
