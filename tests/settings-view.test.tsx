/** The settings view: the watch option is off by default, stored with WXT storage, and follows outside changes. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsView } from '@/components/popup/SettingsView';
import { watchSetting } from '@/utils/settings/watch';
import { eventually, installDom, mount, until } from './popup-dom';

let dom: ReturnType<typeof installDom>;
const box = () => dom.container.querySelector<HTMLInputElement>('[data-option="watch"]');
/** linkedom has no checkbox behaviour: what a click does, by hand. */
const isChecked = () => Boolean(box()?.checked ?? box()?.hasAttribute('checked'));
function tick(on: boolean) {
  const el = box();
  if (!el) throw new Error('no watch option');
  el.checked = on;
  el.dispatchEvent(new (globalThis as unknown as { Event: typeof Event }).Event('change', { bubbles: true }));
}

beforeEach(() => {
  fakeBrowser.reset();
  dom = installDom();
});
afterEach(() => dom.cleanup());

describe('settings', () => {
  it('watch: off by default; ticking it turns the watch on in storage, unticking turns it off', async () => {
    mount(<SettingsView headingRef={{ current: null }} />, dom.container);
    await until(() => box() !== null && !box()?.disabled, 3000, 'the watch option');
    expect(isChecked()).toBe(false);
    expect(await watchSetting.getValue()).toBe(false);

    tick(true);
    expect(
      await eventually(
        () => watchSetting.getValue(),
        (v) => v,
      ),
    ).toBe(true);
    tick(false);
    expect(
      await eventually(
        () => watchSetting.getValue(),
        (v) => !v,
      ),
    ).toBe(false);
  });

  it('follows a change made elsewhere (another popup)', async () => {
    mount(<SettingsView headingRef={{ current: null }} />, dom.container);
    await until(() => box() !== null && !box()?.disabled, 3000, 'the watch option');
    await watchSetting.setValue(true);
    await until(isChecked, 3000, 'checked');
  });
});
