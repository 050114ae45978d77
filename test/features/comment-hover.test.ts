// Hover on a comment number and on "comment 3" / "prior comment 2" references: that comment's first lines.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../server/src/core/check';
import { hoverAt } from '../../server/src/core/features/hover';

const LETTER = `---
company: Example Corp.
prior-response: 2018-10-01
---
# Item 7. Management's Discussion and Analysis

## Results of Operations, page 25

> **1.** Please quantify each factor you cite as a driver of revenue growth.

**Response:**

The Company will quantify each factor. See also our response to comment 2.

> **2.** We note your response to prior comment 3. Please tell us how you considered disclosing backlog.

**Response:**

As discussed in comment 1, backlog is not material.
`;

/** The letter with the cursor marked inside the first `what` (String.replace would read "$$" as "$"). */
function at(text: string, what: string, marked: string): string {
  return text.replace(what, () => marked);
}

function hover(marked: string) {
  const at = marked.indexOf('$$CURSOR$$');
  return hoverAt(analyze(marked.replace('$$CURSOR$$', '')), at);
}

describe('hover on comments', () => {
  test('a comment number shows the comment, its captions and whether it is answered', () => {
    const h = hover(at(LETTER, '> **1.**', '> **1$$CURSOR$$.**'));
    expect(h?.markdown).toContain("**Comment 1** — Item 7. Management's Discussion and Analysis › Results of Operations, page 25");
    expect(h?.markdown).toContain('> Please quantify each factor you cite as a driver of revenue growth.');
    expect(h?.markdown).toContain('Response: The Company will quantify each factor.');
  });

  test("a response label shows the comment it answers; the response's prose shows nothing", () => {
    const h = hover(at(LETTER, '**Response:**\n\nAs discussed', '**Resp$$CURSOR$$onse:**\n\nAs discussed'));
    expect(h?.markdown).toMatch(/^\*\*Comment 2\*\*/);
    expect(hover(at(LETTER, 'backlog is not material', 'backlog is not mat$$CURSOR$$erial'))).toBeUndefined();
  });

  test('"comment 2" in a response shows comment 2', () => {
    const h = hover(at(LETTER, 'response to comment 2.', 'response to comm$$CURSOR$$ent 2.'));
    expect(h?.markdown).toMatch(/^\*\*Comment 2\*\*/);
    expect(h?.markdown).toContain('Please tell us how you considered disclosing backlog');
  });

  test('"prior comment 3" is the earlier letter: its text when the importer noted it, else where to find it', () => {
    const h = hover(at(LETTER, 'prior comment 3', 'prior comm$$CURSOR$$ent 3'));
    expect(h?.markdown).toMatch(/^\*\*Prior comment 3\*\* \(the staff's earlier letter\)/);
    expect(h?.markdown).toContain('Our previous response is dated 2018-10-01');
    const noted = LETTER.replace('**Response:**\n\nAs discussed', '<!-- prior comment 3 | staff: "Please disclose your backlog." | our response: "Backlog is not material." -->\n\n**Response:**\n\nAs discussed');
    const n = hover(at(noted, 'prior comment 3', 'prior comm$$CURSOR$$ent 3'));
    expect(n?.markdown).toContain('> Please disclose your backlog.');
    expect(n?.markdown).toContain('Our response: Backlog is not material.');
  });

  test('no hover away from comments and references', () => {
    expect(hover(at(LETTER, 'backlog is not', 'back$$CURSOR$$log is not'))).toBeUndefined();
  });
});
