// The newsletter sign-up: the modal dialog pattern, triggers and their cap, and a real receiver
// that fails on purpose. Every sign-up a reader submits must arrive exactly once.
import { test, expect, reader, expectAccessible, screenshot } from "./support.mjs";

test.use({ newsletterCapped: false });

const received = async (request) => (await (await request.get("/__signups")).json()).signups;
const behave = (request, behaviour) => request.put("/__signups/behaviour", { data: behaviour });

/** A site whose sign-up opens only from its buttons (or after `seconds`), posting to the receiver. */
async function site(request, newsletter = {}) {
  const body = {
    lede_site: 1,
    name: "Signup Test",
    newsletter: {
      endpoint: "/api/signups",
      triggers: { after_seconds: false, scroll_percent: false, exit_intent: false },
      timeout_seconds: 2,
      ...newsletter,
    },
  };
  await request.put("/__scenarios/signup/site.json", { data: { status: 200, body } });
  return "?site=/signup/site.json";
}

test.beforeEach(async ({ request }) => {
  await request.delete("/__signups");
  await request.delete("/__scenarios");
});

async function openDialog(page, query) {
  await page.goto(`/${query}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const opener = page.getByRole("button", { name: "Subscribe" }).first();
  await opener.click();
  const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
  await expect(dialog).toBeVisible();
  return { dialog, opener };
}

async function subscribe(page, dialog, email = "reader@example.com") {
  await dialog.getByRole("textbox", { name: "Email address" }).fill(email);
  await dialog.getByRole("button", { name: /Subscribe|Try again/ }).click();
}

test("the seed's sign-up: texts, labels and a real delivery", async ({ page, request }) => {
  await page.goto("/");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  const dialog = page.getByRole("dialog", { name: "Welcome to EconoTimes" });
  await expect(dialog).toHaveAttribute("aria-modal", "true");
  await expect(dialog).toHaveAccessibleDescription(
    "Sign up for daily updates for the most important stories unfolding in the global economy.",
  );
  await expect(dialog.getByRole("button", { name: "Close" })).toBeVisible();
  await expect(dialog.getByRole("textbox", { name: "Email address" })).toBeFocused();
  await expectAccessible(page, "sign-up open");
  await screenshot(page, "newsletter-open");
  await dialog.getByRole("textbox", { name: "Email address" }).fill("seed@example.com");
  await dialog.getByRole("button", { name: "Subscribe" }).click();
  await expect(dialog.getByRole("status")).toHaveText("Almost done: check your inbox to confirm your subscription.");
  await expectAccessible(page, "sign-up done");
  expect((await received(request)).map((s) => s.email)).toEqual(["seed@example.com"]);
  const events = await page.evaluate(() => window.__ledeEvents.filter((e) => e.type === "lede:subscribe"));
  expect(events.map((e) => e.detail.outcome)).toEqual(["subscribed"]);
});

test("keyboard alone: open, fill, send, Tab stays inside, Escape closes and focus returns", async ({ page, request }) => {
  const query = await site(request);
  await page.goto(`/${query}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const opener = page.getByRole("button", { name: "Subscribe" }).first();
  await opener.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
  const email = dialog.getByRole("textbox", { name: "Email address" });
  await expect(email).toBeFocused();
  // Tab and Shift+Tab go round the dialog: email, Subscribe, Close, email…
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Subscribe" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(email).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Close" })).toBeFocused();
  await page.keyboard.press("Shift+Tab");
  await expect(dialog.getByRole("button", { name: "Subscribe" })).toBeFocused();
  // An invalid address is explained at the field.
  await email.focus();
  await page.keyboard.type("not-an-address");
  await page.keyboard.press("Enter");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Enter an email address, like name@example.com.");
  await expectAccessible(page, "sign-up with an invalid address");
  await email.fill("keys@example.com");
  await page.keyboard.press("Enter");
  await expect(dialog.getByRole("status")).toHaveText("Almost done: check your inbox to confirm your subscription.");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  expect((await received(request)).length).toBe(1);
});

test("Close, the backdrop, and Escape close it; the page behind is inert, and does not scroll or shift", async ({ page, request }) => {
  const query = await site(request);
  const { dialog, opener } = await openDialog(page, query);
  const paragraph = page.locator(".article-body p").first();
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  const before = await paragraph.boundingBox();
  await opener.click();
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("hidden");
  expect(await paragraph.boundingBox()).toEqual(before);
  await page.mouse.wheel(0, 500);
  await page.waitForTimeout(200);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  // After the wheel: Playwright scrolls an element it tries to click into view itself, which
  // overflow: hidden does not stop (it is not the reader scrolling).
  await expect(page.getByRole("button", { name: "Menu", exact: true }).click({ trial: true, timeout: 1000 })).rejects.toThrow();
  await page.mouse.click(5, 5);
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe("visible");
  await opener.click();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("with reduced motion, the dialog does not animate", async ({ page, request }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  const { dialog } = await openDialog(page, await site(request));
  expect(await dialog.evaluate((d) => getComputedStyle(d).animationName)).toBe("none");
});

test("the consent box and the privacy link; a required box must be ticked", async ({ page, request }) => {
  const query = await site(request, { consent: { label: "Email me the briefing", privacy_url: "https://news.example/privacy", required: true } });
  const { dialog } = await openDialog(page, query);
  await expect(dialog.getByRole("link", { name: "Privacy policy" })).toHaveAttribute("href", "https://news.example/privacy");
  await subscribe(page, dialog, "consent@example.com");
  const box = dialog.getByRole("checkbox", { name: "Email me the briefing" });
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription("Tick the box to agree before subscribing.");
  expect((await received(request)).length).toBe(0);
  await box.check();
  await dialog.getByRole("button", { name: "Subscribe" }).click();
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  expect((await received(request))[0].consent).toBe(true);
});

test("form-encoded for form-action providers, with their field names", async ({ page, request }) => {
  const query = await site(request, { encoding: "form", fields: { email: "email" } });
  const { dialog } = await openDialog(page, query);
  await subscribe(page, dialog, "form@example.com");
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  expect((await received(request)).map((s) => s.email)).toEqual(["form@example.com"]);
});

test("the honeypot catches a bot, and nothing is sent", async ({ page, request }) => {
  const { dialog } = await openDialog(page, await site(request));
  await dialog.locator("input[name=website]").evaluate((input) => {
    input.value = "http://spam.example";
    input.dispatchEvent(new InputEvent("input", { bubbles: true }));
  });
  await subscribe(page, dialog, "bot@example.com");
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  expect((await (await request.get("/__signups")).json()).requests).toBe(0);
  const events = await page.evaluate(() => window.__ledeEvents.filter((e) => e.type === "lede:subscribe"));
  expect(events.map((e) => e.detail.outcome)).toEqual(["spam"]);
});

test("a 4xx shows the server's own message and keeps the address", async ({ page, request }) => {
  const { dialog } = await openDialog(page, await site(request));
  await behave(request, { fail: [422] });
  await subscribe(page, dialog, "refused@example.com");
  await expect(dialog.getByRole("status")).toHaveText("The receiver was told to fail with 422.");
  await expect(dialog.getByRole("textbox", { name: "Email address" })).toHaveValue("refused@example.com");
  await expectAccessible(page, "sign-up refused");
  expect((await received(request)).length).toBe(0);
});

test("the button cannot send twice", async ({ page, request }) => {
  const { dialog } = await openDialog(page, await site(request));
  await behave(request, { delayMs: 800 });
  await dialog.getByRole("textbox", { name: "Email address" }).fill("twice@example.com");
  const button = dialog.getByRole("button", { name: "Subscribe" });
  await button.click();
  await expect(dialog.getByRole("button", { name: "Subscribing…" })).toBeDisabled();
  await dialog.locator("form").evaluate((form) => form.requestSubmit());
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  const state = await (await request.get("/__signups")).json();
  expect([state.requests, state.signups.length]).toEqual([1, 1]);
});

// The failure matrix: each case, how many sign-ups the reader submitted and how many arrived.
const matrix = [
  ["500, then the retry goes through", { fail: [500] }],
  ["503 twice, then OK", { fail: [503, 503] }],
  // 4xx answers that mean "not now" rather than "no": the sign-up must not be dropped.
  ["429 too many requests, then OK", { fail: [429] }],
  ["409 the same key still in progress, then OK", { fail: [409] }],
  ["slower than the time limit", { delayMs: 3000 }],
  // Chrome itself sends a POST again (up to three times) when the connection is reset before
  // any answer: the reader sees no failure, and the idempotency key keeps it to one sign-up.
  ["connection reset", { reset: 3 }],
];
for (const [name, behaviour] of matrix) {
  test(`failure: ${name} — submitted once, received once`, async ({ page, request }) => {
    test.setTimeout(40_000);
    const { dialog } = await openDialog(page, await site(request));
    await behave(request, behaviour);
    await subscribe(page, dialog, "matrix@example.com");
    if (!behaviour.reset) {
      await expect(dialog.getByRole("status")).toContainText("Couldn't reach the server — try again.");
      await expect(dialog.getByRole("textbox", { name: "Email address" })).toHaveValue("matrix@example.com");
      await expectAccessible(page, `sign-up waiting to retry (${name})`);
    }
    if (behaviour.delayMs) await behave(request, {});
    await expect(dialog.getByRole("status")).toHaveText("Almost done: check your inbox to confirm your subscription.", { timeout: 30_000 });
    const { signups, requests } = await (await request.get("/__signups")).json();
    console.log(`failure matrix — ${name}: submitted 1, requests ${requests}, received ${signups.length}`);
    expect(signups.map((s) => s.email)).toEqual(["matrix@example.com"]);
  });
}

test("failure: offline, then online — submitted once, received once", async ({ page, request, context }) => {
  const { dialog } = await openDialog(page, await site(request));
  await context.setOffline(true);
  await subscribe(page, dialog, "offline@example.com");
  await expect(dialog.getByRole("status")).toContainText("Couldn't reach the server — try again.");
  expect((await received(request)).length).toBe(0);
  // Back online, the form sends it at once; the outbox flush that "online" also starts leaves
  // it to the form: one sender, one request, one outcome.
  await context.setOffline(false);
  await expect.poll(async () => (await received(request)).length, { timeout: 5_000 }).toBe(1);
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  await page.waitForTimeout(3000);
  const { signups, requests } = await (await request.get("/__signups")).json();
  console.log(`failure matrix — offline then online: submitted 1, requests ${requests}, received ${signups.length}`);
  expect(signups.map((s) => s.email)).toEqual(["offline@example.com"]);
  expect(requests).toBe(1);
  const events = await page.evaluate(() => window.__ledeEvents.filter((e) => e.type === "lede:subscribe"));
  expect(events.map((e) => e.detail.outcome)).toEqual(["retrying", "subscribed"]);
});

test("failure: a reload while a retry is pending — delivered on the next visit, once", async ({ page, request }) => {
  const query = await site(request);
  const { dialog } = await openDialog(page, query);
  await behave(request, { fail: [500, 500, 500, 500, 500, 500] });
  await subscribe(page, dialog, "reload@example.com");
  await expect(dialog.getByRole("status")).toContainText("Couldn't reach the server — try again.");
  expect(await page.evaluate(() => localStorage.getItem("lede:outbox"))).toContain("reload@example.com");
  await behave(request, {});
  await page.reload();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect.poll(async () => (await received(request)).length, { timeout: 10_000 }).toBe(1);
  await expect.poll(() => page.evaluate(() => localStorage.getItem("lede:outbox"))).toBeNull();
  const events = await page.evaluate(() => window.__ledeEvents.filter((e) => e.type === "lede:subscribe"));
  expect(events.map((e) => e.detail.outcome)).toEqual(["delivered"]);
  const signups = await received(request);
  console.log(`failure matrix — reload while a retry is pending: submitted 1, received ${signups.length}`);
  expect(signups.map((s) => s.email)).toEqual(["reload@example.com"]);
});

test("it opens by itself after the configured seconds, not again within the cap after Close", async ({ page, request }) => {
  const query = await site(request, { triggers: { after_seconds: 1, scroll_percent: false, exit_intent: false }, cap_days: 7 });
  await page.goto(`/${query}`);
  const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
  await expect(dialog).toBeVisible({ timeout: 5000 });
  await dialog.getByRole("button", { name: "Close" }).click();
  await page.reload();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await page.waitForTimeout(2500);
  await expect(dialog).toBeHidden();
  // The Subscribe button still opens it: the cap only stops it opening by itself.
  await page.getByRole("button", { name: "Subscribe" }).first().click();
  await expect(dialog).toBeVisible();
});

test("after a sign-up it never opens by itself again", async ({ page, request }) => {
  const query = await site(request, { triggers: { after_seconds: 1, scroll_percent: false, exit_intent: false }, cap_days: 0 });
  await page.goto(`/${query}`);
  const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
  await expect(dialog).toBeVisible({ timeout: 5000 });
  await subscribe(page, dialog, "once@example.com");
  await expect(dialog.getByRole("status")).toContainText("check your inbox");
  await page.reload();
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await page.waitForTimeout(2500);
  await expect(dialog).toBeHidden();
});

for (const smooth of [false, true]) {
  test(`Tab moving focus down the article is not reading: the sign-up does not open${smooth ? " (smooth scrolling)" : ""}`, async ({ page, request }) => {
    await page.setViewportSize({ width: 1280, height: 500 });
    const query = await site(request, { triggers: { after_seconds: false, scroll_percent: 50, exit_intent: false } });
    await page.goto(`/${query}`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    // A host page may scroll smoothly: the browser then shows each control over several frames.
    if (smooth) await page.evaluate(() => { document.documentElement.style.scrollBehavior = "smooth"; });
    const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
    // The invitation at the end of the article: Tab scrolls the page to show each control.
    const invitation = page.getByRole("button", { name: "Subscribe" }).last();
    for (let i = 0; i < 60 && !(await invitation.evaluate((button) => button.matches(":focus"))); i++) {
      await page.keyboard.press("Tab");
      await page.waitForTimeout(smooth ? 120 : 30);
    }
    await expect(invitation).toBeFocused();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
    await expect(dialog).toBeHidden();
    // The reader scrolling from there (back up a little: the page may be at its end) has read
    // that far.
    await page.mouse.wheel(0, -100);
    await expect(dialog).toBeVisible();
  });
}

test("it opens after the reader has read far enough, and on exit intent", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 500 });
  const query = await site(request, { triggers: { after_seconds: false, scroll_percent: 50, exit_intent: false } });
  await page.goto(`/${query}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const dialog = page.getByRole("dialog", { name: "Welcome to Signup Test" });
  await page.waitForTimeout(500);
  await expect(dialog).toBeHidden();
  await page.mouse.wheel(0, 2000);
  await expect(dialog).toBeVisible();

  await page.evaluate(() => localStorage.clear());
  const exit = await site(request, { triggers: { after_seconds: false, scroll_percent: false, exit_intent: true } });
  await page.goto(`/${exit}`);
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await page.mouse.move(600, 200);
  await page.mouse.move(600, -5);
  await page.evaluate(() => document.dispatchEvent(new MouseEvent("mouseout", { clientY: -1, relatedTarget: null, bubbles: true })));
  await expect(dialog).toBeVisible();
});

test("on a phone it never covers the article in the first seconds", async ({ browser, request }) => {
  const context = await browser.newContext({ viewport: { width: 375, height: 700 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const query = await site(request, { triggers: { after_seconds: 1, scroll_percent: 10, exit_intent: true } });
  await page.goto(`/${query}`);
  await expect(page.locator("lede-reader")).toHaveAttribute("data-state", "ready");
  await page.mouse.wheel(0, 1500);
  await page.waitForTimeout(5000);
  await expect(page.getByRole("dialog")).toBeHidden();
  await context.close();
});

test(`newsletter="off" offers no sign-up at all`, async ({ page }) => {
  await page.goto("/examples/host.html");
  await expect(page.locator("#first")).toHaveAttribute("data-state", "ready");
  await page.locator("#first").evaluate((element) => element.setAttribute("newsletter", "off"));
  await expect(page.locator("#first").getByRole("button", { name: "Subscribe" })).toHaveCount(0);
});
