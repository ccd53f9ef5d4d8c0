// lede's own words in the reader's language: French chosen by the site configuration (server
// rendered, then hydrated), Arabic by the host page's `lang` (the chrome and dialogs mirrored),
// Japanese by the browser's preferred language; the site's own wording; a catalogue that
// cannot load. Everything is found by role and accessible name in that language.
import { test, expect, reader, expectAccessible, screenshot, fakeSpeech, holdProgram } from "./support.mjs";

const FRENCH = "/fixtures/sites/french-site.json";
const ARABIC = "/fixtures/sites/arabic-site.json";
const JAPANESE = "/fixtures/sites/japanese-site.json";
const MISSING = "/fixtures/lede/no-such-article.json";
const POST = "/fixtures/wordpress/post-60-embed.json";
// A Spanish article, on a page that says nothing of the reader's language.
const SPANISH = "/shell.html?src=/fixtures/formats/readability-nytimes-5.feed.json&item=0";

/** The sign-up stays shut unless a test opens it, and the article has a voice to be read in. */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    for (const site of ["Le Quotidien", "الصحيفة", "日刊サンプル"]) {
      localStorage.setItem(`lede:newsletter:${site}`, "subscribed");
    }
  });
  await fakeSpeech(page);
});

/**
 * Serves `language`'s catalogue `ms` late, as a slow connection would; `meanwhile` (if given)
 * runs just before it is sent.
 */
async function delayCatalogue(page, language, ms, meanwhile = async () => {}) {
  await page.route(`**/locales/${language}.json`, async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await meanwhile();
    await route.continue();
  });
}

/** Keeps, as `window.atReady`, the frame's language and the Menu button's word at `lede:ready`. */
async function recordAtReady(page) {
  await page.addInitScript(() => {
    document.addEventListener("lede:ready", (event) => {
      const root = event.target.shadowRoot;
      window.atReady = {
        lang: root.querySelector(".frame").lang,
        // The menu button: its icon, then its word.
        menu: root.querySelector(".masthead-bar button").textContent.replace("☰", "").trim(),
        state: event.target.dataset.state,
      };
    });
  });
}

/** The masthead's words, but for the reading settings' controls, which only the program adds. */
const mastheadWords = (page) =>
  page.evaluate(() => {
    const root = document.querySelector("lede-reader").shadowRoot;
    return root.querySelector(".masthead").textContent.replace(root.querySelector("#lede-settings").textContent, "");
  });

/** The masthead, the sign-up dialog and the reading tools, in whatever language `words` holds. */
async function checkReader(page, words, name) {
  const masthead = page.locator("lede-reader .masthead");
  await expect(page.getByRole("button", { name: words.menu, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: words.search, exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: words.settings })).toBeVisible();
  const article = page.getByRole("article");
  await expect(article.getByText(words.readingTime)).toBeVisible();
  await expect(article.getByRole("button", { name: words.share })).toBeVisible();
  await expect(article.getByRole("group", { name: words.readAloud }).getByRole("button", { name: words.listen })).toBeVisible();
  if (words.source) await expect(article.locator("figure.hero").getByText(words.source, { exact: true })).toBeVisible();
  await expectAccessible(page, `${name}: the reader`);
  await masthead.screenshot({ path: `e2e/artifacts/i18n-${name}-masthead.png` });

  await page.getByRole("button", { name: words.menu, exact: true }).click();
  const menu = page.getByRole("navigation", { name: words.sections });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole("button", { name: words.closeMenu })).toBeVisible();
  await expectAccessible(page, `${name}: the menu`);
  await page.keyboard.press("Escape");

  await page.getByRole("button", { name: words.settings }).click();
  const settings = page.getByRole("group", { name: words.settings });
  await expect(settings.getByRole("group", { name: words.theme }).getByRole("radio", { name: words.dark })).toBeVisible();
  await expectAccessible(page, `${name}: the reading settings`);
  await page.keyboard.press("Escape");

  await masthead.getByRole("button", { name: words.subscribe }).click();
  const dialog = page.getByRole("dialog", { name: words.signUpTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("textbox", { name: words.email }).fill("not an address");
  await dialog.getByRole("button", { name: words.subscribe }).click();
  await expect(dialog.getByText(words.emailInvalid)).toBeVisible();
  await expect(dialog.getByRole("button", { name: words.close })).toBeVisible();
  await expectAccessible(page, `${name}: the sign-up dialog`);
  await page.screenshot({ path: `e2e/artifacts/i18n-${name}-signup.png` });
  await dialog.getByRole("button", { name: words.close }).click();
  await expect(dialog).toBeHidden();
}

/** A missing article: the error's title, message and Retry in the interface language. */
async function checkError(page, words, name) {
  await expect(reader(page)).toHaveAttribute("data-state", "error");
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading", { level: 1, name: words.errorTitle })).toBeVisible();
  await expect(alert).toContainText(words.notFound);
  await expect(page.getByRole("button", { name: words.retry })).toBeVisible();
  // `lede:error` keeps its English message, for logs and hosts.
  const errors = await page.evaluate(() => window.__ledeEvents.filter((event) => event.type === "lede:error"));
  expect(errors.at(-1).detail.message).toMatch(/^There is no article at /);
  await expectAccessible(page, `${name}: an error`);
  await page.locator("lede-reader .reader-main").screenshot({ path: `e2e/artifacts/i18n-${name}-error.png` });
}

const french = {
  menu: "Menu",
  search: "Rechercher",
  settings: "Réglages de lecture",
  readingTime: /^Lecture\u00a0: \d+( à \d+)? min$/,
  share: "Partager",
  readAloud: "Lecture audio",
  listen: "Écouter",
  source: "Source\u00a0:",
  sections: "Rubriques",
  closeMenu: "Fermer le menu",
  theme: "Thème",
  dark: "Sombre",
  subscribe: "S'abonner",
  signUpTitle: "Bienvenue au Quotidien",
  email: "Adresse e-mail",
  emailInvalid: "Saisissez une adresse e-mail, par exemple nom@exemple.fr.",
  close: "Fermer",
  errorTitle: "Impossible d'afficher cet article",
  notFound: "Impossible de trouver l'article à l'adresse",
  retry: "Réessayer",
};

test("French, as the site configuration says: server-rendered in French, hydrated without a change of word", async ({ page }) => {
  const release = await holdProgram(page);
  await page.goto(`/?site=${FRENCH}`);
  const before = await mastheadWords(page);
  expect(before).toContain("Rechercher");
  release();
  await expect(reader(page)).toHaveAttribute("data-hydration", "hydrated", { timeout: 20_000 });
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.locator(".frame")).toHaveAttribute("data-live", "");
  expect(await mastheadWords(page)).toBe(before);
  await expect(page.locator(".frame")).toHaveAttribute("lang", "fr");
  // The article keeps its own language.
  await expect(page.getByRole("article")).toHaveAttribute("lang", "en");
  await checkReader(page, french, "fr");
});

test("French: an error in the reader's words, with Retry", async ({ page }) => {
  await page.goto(`/shell.html?site=${FRENCH}&src=${MISSING}`);
  await checkError(page, french, "fr");
  await expect(page.getByRole("alert")).toContainText("(le serveur a répondu «\u00a0404 Not Found\u00a0»)");
});

const arabic = {
  menu: "القائمة",
  search: "بحث",
  settings: "إعدادات القراءة",
  readingTime: /^مدة القراءة/,
  share: "مشاركة",
  readAloud: "الاستماع إلى المقال",
  listen: "استمع",
  source: "المصدر:",
  sections: "الأقسام",
  closeMenu: "إغلاق القائمة",
  theme: "المظهر",
  dark: "داكن",
  subscribe: "اشترك",
  signUpTitle: "مرحبًا بك في الصحيفة",
  email: "البريد الإلكتروني",
  emailInvalid: "أدخل عنوان بريد إلكتروني، مثل name@example.com.",
  close: "إغلاق",
  errorTitle: "تعذّر عرض هذا المقال",
  notFound: "لا يوجد المقال على",
  retry: "إعادة المحاولة",
};

/** A publisher's Arabic page around the reader. */
async function arabicPage(page, src) {
  await page.route("**/examples/arabic.html", (route) => route.fulfill({
    contentType: "text/html",
    body: `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الصحيفة</title>
      <script type="module" src="/lede.js"></script></head>
      <body><main><lede-reader site="${ARABIC}" src="${src}"></lede-reader></main></body></html>`,
  }));
  await page.goto("/examples/arabic.html");
}

test("Arabic, as the page around the reader says: the chrome and the dialogs mirror, the article keeps its own direction", async ({ page }) => {
  await arabicPage(page, "/fixtures/lede/full-article.json");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  const frame = page.locator(".frame");
  await expect(frame).toHaveAttribute("lang", "ar");
  await expect(frame).toHaveAttribute("dir", "rtl");
  // Mirrored: Menu at the right-hand end of the bar, the brand to its left.
  const menu = await page.getByRole("button", { name: arabic.menu, exact: true }).boundingBox();
  const brand = await page.locator("lede-reader .brand").boundingBox();
  expect(menu.x).toBeGreaterThan(brand.x);
  const article = page.getByRole("article");
  await expect(article).toHaveAttribute("lang", "en-GB");
  expect(await article.evaluate((element) => getComputedStyle(element).direction)).toBe("ltr");
  await checkReader(page, arabic, "ar");
  // The settings panel opens under its button and stays on the screen.
  await page.getByRole("button", { name: arabic.settings }).click();
  const panel = await page.getByRole("group", { name: arabic.settings }).boundingBox();
  expect(panel.x).toBeGreaterThanOrEqual(0);
  expect(panel.x + panel.width).toBeLessThanOrEqual(page.viewportSize().width);
  expect(await page.getByRole("group", { name: arabic.settings }).evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
});

test("Arabic: an error, right to left", async ({ page }) => {
  await arabicPage(page, MISSING);
  await checkError(page, arabic, "ar");
  expect(await page.getByRole("alert").evaluate((element) => getComputedStyle(element).direction)).toBe("rtl");
});

test.describe("a reader whose browser prefers Japanese", () => {
  test.use({ locale: "ja-JP" });

  const japanese = {
    menu: "メニュー",
    search: "検索",
    settings: "表示設定",
    readingTime: /^\d+(～\d+)?分で読めます$/,
    share: "シェア",
    readAloud: "読み上げ",
    listen: "聞く",
    sections: "カテゴリー",
    closeMenu: "メニューを閉じる",
    theme: "テーマ",
    dark: "ダーク",
    subscribe: "購読する",
    signUpTitle: "日刊サンプルのニュースレター",
    email: "メールアドレス",
    emailInvalid: "name@example.jp のようにメールアドレスを入力してください。",
    close: "閉じる",
    errorTitle: "この記事を表示できません",
    notFound: "に記事はありません",
    retry: "再試行",
  };

  test("Japanese, as the browser prefers: the catalogue is fetched beside lede.js", async ({ page }) => {
    const fetched = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    // While the words are on their way, the reader is out of sight rather than in English.
    const whileComing = [];
    await delayCatalogue(page, "ja", 500, async () => {
      whileComing.push(await page.evaluate(() => {
        const frame = document.querySelector("lede-reader").shadowRoot.querySelector(".frame");
        return frame && getComputedStyle(frame).visibility;
      }));
    });
    // A WordPress post never says its language, so the browser's decides.
    await page.goto(`/shell.html?site=${JAPANESE}&src=${POST}`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    await expect(page.locator(".frame")).toHaveAttribute("lang", "ja");
    await checkReader(page, japanese, "ja");
    expect(fetched.filter((path) => path.includes("/locales/"))).toEqual(["/locales/ja.json"]);
    expect(whileComing).toEqual(["hidden"]);
  });

  test("Japanese: an error", async ({ page }) => {
    await page.goto(`/shell.html?site=${JAPANESE}&src=${MISSING}`);
    await expect(page.getByRole("button", { name: japanese.retry })).toBeVisible();
    await checkError(page, japanese, "ja");
  });

  test("a catalogue that cannot be read leaves the reader in English, and ready", async ({ page }) => {
    await page.route("**/locales/ja.json", (route) => route.fulfill({ contentType: "application/json", body: "{ not json" }));
    await page.goto(`/shell.html?site=${JAPANESE}&src=${POST}`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready");
    await expect(page.getByRole("button", { name: "Menu", exact: true })).toBeVisible();
    await expect(page.locator(".frame")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("article").getByText(/min read$/)).toBeVisible();
    await expectAccessible(page, "English after a broken catalogue");
  });
});

test("an article's own language chooses the words, and the reader is ready only once they are in", async ({ page }) => {
  // The catalogue comes after the article (it is asked for only once the article is read),
  // and later still, but well within the second the reader waits, even on a busy machine.
  await delayCatalogue(page, "es", 300);
  await recordAtReady(page);
  await page.goto(SPANISH);
  await expect(reader(page)).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  expect(await page.evaluate(() => window.atReady)).toEqual({ lang: "es", menu: "Menú", state: "ready" });
  await expect(page.getByRole("button", { name: "Buscar", exact: true })).toBeVisible();
  await expectAccessible(page, "Spanish chosen by the article");
});

test("words that are slow to come: the reader is ready in English after a second, then takes them", async ({ page }) => {
  await delayCatalogue(page, "es", 3000);
  await recordAtReady(page);
  await page.goto(SPANISH);
  await expect(reader(page)).toHaveAttribute("data-state", "ready", { timeout: 15_000 });
  expect(await page.evaluate(() => window.atReady.lang)).toBe("en");
  await expect(page.getByRole("button", { name: "Menu", exact: true })).toBeVisible();
  // The Spanish words replace the English when they come.
  await expect(page.locator(".frame")).toHaveAttribute("lang", "es", { timeout: 10_000 });
  await expect(page.getByRole("button", { name: "Menú", exact: true })).toBeVisible();
  await expectAccessible(page, "Spanish words that came late");
});

test("the site's own wording wins, and wording lede cannot use is said in the masthead's notice", async ({ page }) => {
  await page.goto("/shell.html?site=/fixtures/sites/own-words.json");
  await expect(reader(page)).toHaveAttribute("data-state", "ready");
  await expect(page.locator("lede-reader .masthead").getByRole("button", { name: "Je m'abonne" })).toBeVisible();
  const notice = page.locator("lede-reader .notice");
  await expect(notice).toContainText("Le message «\u00a0subscribe-now\u00a0» de la configuration du site n'existe pas dans lede.");
  await expect(notice).toContainText("Le message «\u00a0search-site\u00a0» de la configuration du site contient un paramètre inconnu de lede\u00a0: {words}.");
  // The rest is lede's French.
  await page.getByRole("button", { name: "Rechercher", exact: true }).click();
  await page.getByRole("combobox", { name: "Rechercher des articles" }).fill("zzzzqqq");
  await expect(page.locator("lede-reader .search-status")).toHaveText("Rien sur «\u00a0zzzzqqq\u00a0» pour l'instant.");
  await expectAccessible(page, "a site's own wording");
  await screenshot(page, "i18n-own-words");
});

test("on a 320 px phone the masthead keeps to one line in every language", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const [tag, dir] of [["de", "ltr"], ["ru", "ltr"], ["pl", "ltr"], ["pt", "ltr"], ["fr", "ltr"], ["ar", "rtl"], ["ja", "ltr"]]) {
    await page.route(`**/examples/phone-${tag}.html`, (route) => route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><html lang="${tag}" dir="${dir}"><head><meta charset="utf-8"><title>${tag}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <script type="module" src="/lede.js"></script></head>
        <body><lede-reader site="/fixtures/sites/test-site.json" src="${POST}"></lede-reader></body></html>`,
    }));
    await page.goto(`/examples/phone-${tag}.html`);
    await expect(reader(page)).toHaveAttribute("data-state", "ready", { timeout: 20_000 });
    await expect(page.locator(".frame")).toHaveAttribute("lang", tag);
    const bar = page.locator("lede-reader .masthead-bar");
    const { scrollWidth, clientWidth, height } = await bar.evaluate((element) => ({
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
      height: element.getBoundingClientRect().height,
    }));
    expect(scrollWidth, tag).toBeLessThanOrEqual(clientWidth);
    expect(height, tag).toBeLessThan(64);
    await bar.screenshot({ path: `e2e/artifacts/i18n-phone-${tag}.png` });
  }
});
