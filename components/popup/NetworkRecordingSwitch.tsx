/**
 * The "record network failures" switch: asks for the optional `webRequest` permission when turned on, drops it
 * when turned off (utils/permissions/network-recording.ts says why it is optional).
 */
import { useEffect, useState } from 'preact/hooks';
import { isNetworkRecording, startNetworkRecording, stopNetworkRecording } from '@/utils/permissions/network-recording';
import { networkRecordingWords } from './network-recording-words';

/** Whether the permission is held; undefined until known. */
export function useNetworkRecording(): [boolean | undefined, (on: boolean) => void] {
  const [on, setOn] = useState<boolean>();
  useEffect(() => {
    let live = true;
    void isNetworkRecording().then((held) => live && setOn(held));
    return () => {
      live = false;
    };
  }, []);
  return [on, setOn];
}

export function NetworkRecordingSwitch({ idSuffix = '' }: { idSuffix?: string }) {
  const [on, setOn] = useNetworkRecording();
  const [denied, setDenied] = useState(false);
  const id = `network-recording${idSuffix}`;
  const W = networkRecordingWords();

  const toggle = (wanted: boolean) => {
    // The request goes first, inside the click: the browser asks for a user gesture.
    const done = wanted ? startNetworkRecording() : stopNetworkRecording().then((removed) => !removed);
    void done
      .then((held) => {
        setOn(held);
        setDenied(wanted && !held);
      })
      .catch(() => {
        setDenied(wanted);
        void isNetworkRecording().then(setOn);
      });
  };

  return (
    <div class="setting network-recording" data-setting="network-recording">
      <label for={id}>
        <input
          id={id}
          type="checkbox"
          data-action="toggle-network-recording"
          checked={on === true}
          disabled={on === undefined}
          aria-describedby={`${id}-about`}
          onChange={(e) => toggle(e.currentTarget.checked)}
        />{' '}
        {W.label}
      </label>
      <p class="muted" id={`${id}-about`}>
        {W.ask}
      </p>
      <p class="setting-state" role="status" data-network-recording={on === undefined ? 'unknown' : on ? 'on' : 'off'}>
        {denied ? W.denied : on ? W.on : on === false ? W.off : ''}
      </p>
    </div>
  );
}
