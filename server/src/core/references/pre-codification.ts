// Pre-codification US GAAP: "FAS 142", "SFAS No. 131", "Statement of Financial Accounting Standards No. 131",
// "FIN 48", "FASB Interpretation No. 46(R)", "APB 25", "APB Opinion No. 25", "EITF 00-21", "EITF Issue No. 00-21",
// "SOP 97-2". Recognised so `superseded-standard` can point at the codified topic.
import { makeCitation, type ScanResult, type ScanState } from './citation';
import { SP, matchAt, sticky } from './tokens';

const NO = String.raw`(?:No\.?${SP}?|Number${SP})?`;
const FORMS = sticky(
  String.raw`(?:(S?FAS|Statement${SP}of${SP}Financial${SP}Accounting${SP}Standards|FASB${SP}Statement|Statement)${SP}${NO}(\d{1,3})(\(R\))?` +
    String.raw`|(FIN|FASB${SP}Interpretation)${SP}${NO}(\d{1,3})(\(R\))?` +
    String.raw`|APB${SP}(?:Opinion${SP})?${NO}(\d{1,2})` +
    String.raw`|EITF${SP}(?:Issue${SP})?${NO}(\d{2}-\d{1,2}[A-Z]?)` +
    String.raw`|SOP${SP}${NO}(\d{2}-\d{1,2}))(?![\w-])`,
);

export function scanPreCodification(text: string, pos: number, _state: ScanState): ScanResult | undefined {
  const m = matchAt(FORMS, text, pos);
  if (!m) return undefined;
  let legacy: string;
  if (m[2]) {
    // A bare "Statement No. 5" is too loose (GASB, SFAC ...) unless SFAS/FAS or the full title says FASB.
    if (m[1] === 'Statement' && !/No\.?/.test(m[0])) return undefined;
    if (m[1] === 'Statement' && !/FASB|SFAS|\bFAS\b/.test(text.slice(Math.max(0, pos - 60), pos))) return undefined;
    legacy = `FAS ${m[2]}${m[3] ? '(R)' : ''}`;
  } else if (m[5]) legacy = `FIN ${m[5]}${m[6] ? '(R)' : ''}`;
  else if (m[7]) legacy = `APB ${m[7]}`;
  else if (m[8]) legacy = `EITF ${m[8]}`;
  else legacy = `SOP ${m[9]}`;
  const end = m.index + m[0].length;
  const c = makeCitation('pre-codification', text, pos, end, legacy, { legacy });
  return { cites: [c], end };
}
