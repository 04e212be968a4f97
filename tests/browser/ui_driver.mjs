// Drives the ImGui UI the way a person does, by clicking real widgets: the UI
// reports the rectangles of named widgets ("targets") in swm_state_json(), so
// tests click what is drawn instead of guessing pixel positions.
import { uiState, waitForState } from './harness.mjs';

export async function targetRect(page, id, timeout = 5000) {
  const s = await waitForState(page, s => s.targets && s.targets[id], timeout)
    .catch(() => { throw new Error(`widget '${id}' is not on screen`); });
  return s.targets[id];
}

export async function clickTarget(page, id) {
  const [x, y, w, h] = await targetRect(page, id);
  await page.mouse.click(x + w / 2, y + h / 2);
}

// Scrolls the view under the mouse until widget `id` is wholly on screen
// (a widget cut off by the window's edge is reported, but a click at its
// middle may miss it): down first, then back up.
export async function scrollTo(page, id) {
  const height = page.viewportSize().height;
  const visible = s => { const r = s.targets[id]; return r && r[1] >= 0 && r[1] + r[3] <= height; };
  const found = await waitForState(page, visible, 800).catch(() => null);
  if (found) return found.targets[id];
  for (const step of [...Array(40).fill(200), ...Array(80).fill(-200)]) {
    await page.mouse.move(640, 500);
    await page.mouse.wheel(0, step);
    await page.waitForTimeout(60);
    const s = await uiState(page);
    if (visible(s)) return s.targets[id];
  }
  throw new Error(`could not scroll '${id}' into view`);
}

// Clicks a text field, selects what it holds and types `text` over it.
export async function typeInto(page, id, text) {
  await scrollTo(page, id);
  await clickTarget(page, id);
  // Another field may still be the active one: give ImGui frames to take the click.
  await page.waitForTimeout(150);
  await waitForState(page, s => s.text_input_active === true);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text) await page.keyboard.type(text);
}

// Waits until the UI has answered every request and drawn the result.
export async function settled(page) {
  return waitForState(page, s => s.loaded && s.requests_pending === 0);
}

export async function showView(page, nav, view) {
  await clickTarget(page, nav);
  return waitForState(page, s => s.view === view);
}

export { uiState, waitForState };
