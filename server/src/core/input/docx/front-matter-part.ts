// The letter's front matter (its facts and commitment register) inside a DOCX, as a custom XML part: Word keeps
// custom XML parts through editing and saving, so the register survives a review round with counsel and auditors
// and `corresp convert` restores it. Pure string functions; export/docx.ts writes the part, read.ts finds it.

export const FRONT_MATTER_NS = 'urn:corresp:front-matter:1';
export const CUSTOM_XML_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml';
export const CUSTOM_XML_PROPS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps';
export const CUSTOM_XML_PROPS_TYPE = 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml';
/** A fixed GUID for the part's properties (Word asks for one; the namespace is what identifies the part). */
const ITEM_ID = '{5C0A6E57-6A3C-4F0B-9C1E-7B2D43C0C0A1}';

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The custom XML part holding the YAML front matter (without its `---` fences). */
export function frontMatterPart(yaml: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<frontMatter xmlns="${FRONT_MATTER_NS}" format="yaml">${escapeXml(yaml)}</frontMatter>`;
}

export function frontMatterPartProps(): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n` +
    `<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${FRONT_MATTER_NS}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

/** The YAML of a corresp front-matter part, or undefined when this XML is some other custom part. */
export function readFrontMatterPart(xml: string): string | undefined {
  const m = /<(?:\w+:)?frontMatter\b[^>]*xmlns(?::\w+)?="urn:corresp:front-matter:1"[^>]*>([\s\S]*?)<\/(?:\w+:)?frontMatter>/.exec(xml);
  if (!m) return undefined;
  return m[1]
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}
