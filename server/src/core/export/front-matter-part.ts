// Puts the letter's front matter (facts and commitment register) into an exported DOCX as a custom XML part, the
// way Word stores document data it must keep: customXml/itemN.xml with its properties part, related from the main
// document. Word carries such parts through editing and saving, so `corresp convert` of the DOCX that comes back
// from counsel restores the register (core/input/docx/read.ts).

import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CUSTOM_XML_PROPS_REL, CUSTOM_XML_PROPS_TYPE, CUSTOM_XML_REL, frontMatterPart, frontMatterPartProps } from '../input/docx/front-matter-part';

/** The YAML between the letter's `---` fences, or undefined when it has no front matter. */
export function frontMatterYaml(text: string): string | undefined {
  const m = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[1].replace(/\r\n?/g, '\n') : undefined;
}

export function addFrontMatterPart(docx: Uint8Array, yaml: string): Uint8Array {
  const files = unzipSync(docx);
  let n = 1;
  while (files[`customXml/item${n}.xml`]) n++;
  files[`customXml/item${n}.xml`] = strToU8(frontMatterPart(yaml));
  files[`customXml/itemProps${n}.xml`] = strToU8(frontMatterPartProps());
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${CUSTOM_XML_PROPS_REL}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const types = strFromU8(files['[Content_Types].xml']);
  files['[Content_Types].xml'] = strToU8(types.replace('</Types>', `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${CUSTOM_XML_PROPS_TYPE}"/></Types>`));
  const relsName = 'word/_rels/document.xml.rels';
  const rels = strFromU8(files[relsName]);
  let id = 1;
  while (rels.includes(`Id="rIdCorresp${id}"`)) id++;
  files[relsName] = strToU8(rels.replace('</Relationships>', `<Relationship Id="rIdCorresp${id}" Type="${CUSTOM_XML_REL}" Target="../customXml/item${n}.xml"/></Relationships>`));
  // [Content_Types].xml first, as Word writes it.
  const ordered: Zippable = { '[Content_Types].xml': files['[Content_Types].xml'] };
  for (const [k, v] of Object.entries(files)) if (k !== '[Content_Types].xml') ordered[k] = v;
  return zipSync(ordered, { level: 6 });
}
