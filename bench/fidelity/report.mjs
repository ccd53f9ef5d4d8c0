// The fidelity figures as text: a row a page, totals, what the reference holds that the reader
// is not meant to show, and the targets.
import { KINDS } from "./measure.mjs";

/** The share of each kind the whole set must keep (README, "Fidelity"). */
export const TARGETS = {
  words: 0.998,
  pictures: 1,
  links: 0.99,
  tables: 1,
  cells: 1,
  items: 1,
  headings: 1,
  pre: 1,
  math: 1,
};

/** Sums the per-page comparisons and exceptions. */
export function totals(results) {
  const sum = Object.fromEntries(KINDS.map((kind) => [kind, { reference: 0, kept: 0 }]));
  const exceptions = {};
  for (const { kinds, exceptions: found } of results) {
    for (const kind of KINDS) {
      sum[kind].reference += kinds[kind].reference;
      sum[kind].kept += kinds[kind].kept;
    }
    for (const [what, n] of Object.entries(found)) exceptions[what] = (exceptions[what] ?? 0) + n;
  }
  return { kinds: sum, exceptions };
}

export const share = ({ reference, kept }) => (reference === 0 ? 1 : kept / reference);

/** Kinds of the whole set below their target. */
export function missedTargets(total) {
  return KINDS.filter((kind) => share(total.kinds[kind]) < TARGETS[kind]);
}

const percent = (part) => `${(100 * share(part)).toFixed(part.reference && share(part) < 1 ? 1 : 0)}%`;
const cell = (part) => (part.reference === 0 ? "—" : part.kept === part.reference ? `${part.reference}` : `${part.kept}/${part.reference}`);

/** The report as Markdown: a table a page, then the totals. */
export function markdown(results, total, { revision, date, before }) {
  const lines = [
    "# Fidelity: lede against Firefox Reader View",
    "",
    `Measured by \`./scripts/fidelity\` at ${revision}, ${date}: each page of`,
    "`fixtures/readability-expected/` (mozilla/readability's `expected.html`, what Reader View shows) opened",
    "in lede as an article body and counted against the same HTML parsed by the browser. A cell is",
    "what reached the reader out of what the page holds (one number: all of it). Words and links are",
    "matched one by one; words as a reader sees them (inline elements join, block boundaries separate).",
    "",
    `| page | ${KINDS.join(" | ")} |`,
    `| --- | ${KINDS.map(() => "---:").join(" | ")} |`,
  ];
  for (const { name, kinds } of results) {
    lines.push(`| ${name} | ${KINDS.map((kind) => cell(kinds[kind])).join(" | ")} |`);
  }
  lines.push(`| **total** | ${KINDS.map((kind) => `**${cell(total.kinds[kind])}**`).join(" | ")} |`);
  lines.push(`| **share** | ${KINDS.map((kind) => `**${percent(total.kinds[kind])}**`).join(" | ")} |`);
  lines.push(`| target | ${KINDS.map((kind) => `${(100 * TARGETS[kind]).toFixed(TARGETS[kind] < 1 ? 1 : 0)}%`).join(" | ")} |`);
  if (before) {
    lines.push(
      "",
      `Before (measured the same way at ${before.revision}, ${before.date}) and now, over the whole set:`,
      "",
      `| | ${KINDS.join(" | ")} |`,
      `| --- | ${KINDS.map(() => "---:").join(" | ")} |`,
      `| before | ${KINDS.map((kind) => `${cell(before.total.kinds[kind])} (${percent(before.total.kinds[kind])})`).join(" | ")} |`,
      `| now | ${KINDS.map((kind) => `${cell(total.kinds[kind])} (${percent(total.kinds[kind])})`).join(" | ")} |`,
    );
  }
  lines.push("", "Left out of the reference, by design:", "");
  const exceptions = Object.entries(total.exceptions).sort(([a], [b]) => a.localeCompare(b));
  if (exceptions.length === 0) lines.push("- nothing");
  for (const [what, n] of exceptions) lines.push(`- ${what}: ${n}`);
  const missed = missedTargets(total);
  lines.push("", missed.length ? `Below target: ${missed.join(", ")}.` : "Every target is met.", "");
  return lines.join("\n");
}

/** A short summary line a kind, for the terminal. */
export function summary(total) {
  return KINDS.map((kind) => `${kind} ${cell(total.kinds[kind])} (${percent(total.kinds[kind])})`).join(", ");
}
