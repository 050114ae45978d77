import { cachesEnabled, perDocument } from './analysis-cache';
import { editBetween } from './edit';

/**
 * Whether a letter may hold one of a few words (a cheap necessary condition for a costly whole-letter scan), known
 * after a keystroke from the edit alone. `find` says whether a stretch of text holds one of the words; `longest` is
 * the longest text it can match. When the previous version held none, the new one can hold one only where the edit
 * is: everything before it and after it is text of the previous version. So only the edit and `longest` characters
 * either side are read, not the whole letter. A letter that held one is read whole again (it is then rarely cheap to
 * skip anyway). Inside `withoutCaches` the whole text is read.
 */
export function mayHoldTracker(find: (text: string) => boolean, longest: number): (text: string) => boolean {
  const last = perDocument((): { text?: string; holds?: boolean } => ({}));
  return (text: string): boolean => {
    if (!cachesEnabled()) return find(text);
    const state = last();
    let holds: boolean;
    if (state.text === text) return state.holds!;
    if (state.text !== undefined && state.holds === false) {
      const edit = editBetween(state.text, text);
      holds = find(text.slice(Math.max(0, edit.start - longest), Math.min(text.length, edit.newEnd + longest)));
    } else {
      holds = find(text);
    }
    state.text = text;
    state.holds = holds;
    return holds;
  };
}
