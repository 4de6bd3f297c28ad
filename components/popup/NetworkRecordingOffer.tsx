/**
 * When a check finds connectivity trouble and network failures are not recorded: say what recording would add,
 * with the same switch as in settings. The diagnosis itself works without it.
 */
import type { DiagnosisResult } from '@/utils/diagnosis';
import { NetworkRecordingSwitch, useNetworkRecording } from './NetworkRecordingSwitch';
import { networkRecordingWords } from './network-recording-words';
import './settings.css';

export function NetworkRecordingOffer({ diagnosis }: { diagnosis?: DiagnosisResult }) {
  const [held] = useNetworkRecording();
  const connectivity = diagnosis?.causes.find((c) => c.id === 'connectivity');
  const trouble = connectivity?.status === 'likely' || connectivity?.status === 'possible';
  // Shown once known to be off; it stays up after the switch turns on, so the seller sees it worked.
  if (!trouble || held !== false) return null;
  const W = networkRecordingWords();
  return (
    <aside class="offer" data-offer="network-recording" aria-labelledby="offer-title">
      <h3 id="offer-title">{W.offerTitle}</h3>
      <p>{W.offer}</p>
      <NetworkRecordingSwitch idSuffix="-offer" />
    </aside>
  );
}
