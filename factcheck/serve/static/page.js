// The editor's page: keyboard navigation between flags (n / p) and suppression comments.
// Loaded from this server only (the Content-Security-Policy allows no inline script).
"use strict";

(function () {
  const data = document.getElementById("flag-data");
  if (!data) return;
  const flags = JSON.parse(data.dataset.flags || "[]")
    .filter((f) => !f.suppressed)
    .map((f) => Object.assign(f, { card: document.getElementById(f.id) }))
    .filter((f) => f.card);
  const panel = document.getElementById("suppress-panel");
  const label = document.getElementById("current-flag");
  const reason = document.getElementById("reason");
  const note = document.getElementById("suppress-note");
  const shown = document.getElementById("suppress-comment");
  const draft = document.getElementById("text");
  let current = -1;

  function markOf(f) {
    const link = document.querySelector('sup.ref a[href="#' + f.id + '"]');
    const sup = link && link.closest("sup");
    const mark = sup && sup.previousElementSibling;
    return mark && mark.tagName === "MARK" ? mark : null;
  }

  function go(i) {
    if (!flags.length) return;
    i = (i + flags.length) % flags.length;
    if (current >= 0) {
      flags[current].card.classList.remove("current");
      const old = markOf(flags[current]);
      if (old) old.classList.remove("current");
    }
    current = i;
    const f = flags[i];
    f.card.classList.add("current");
    f.card.tabIndex = -1;
    const mark = markOf(f);
    if (mark) mark.classList.add("current");
    panel.hidden = false;
    label.textContent = (i + 1) + " of " + flags.length + ": " + f.rule + " (line " + f.line + ")";
    note.hidden = true;
    shown.hidden = true;
    f.card.scrollIntoView({ block: "center" });
    f.card.focus({ preventScroll: true });
  }

  document.addEventListener("keydown", (ev) => {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" ||
              t.isContentEditable)) return;
    if (ev.key === "n") { go(current + 1); ev.preventDefault(); }
    else if (ev.key === "p") { go(current < 0 ? flags.length - 1 : current - 1); ev.preventDefault(); }
  });

  // The comment goes on its own line right above the paragraph that holds the flagged figure
  // (a suppression covers the paragraph after it).
  function comment(rule, why) {
    const clean = why.replace(/"/g, "'").replace(/--+/g, "-").replace(/\s+/g, " ").trim();
    return "<!-- factcheck: ignore " + rule + ' reason="' + clean + '" -->';
  }

  function insertAbove(text, line, what) {
    const lines = text.split("\n");
    let i = Math.min(Math.max(line - 1, 0), lines.length);
    while (i > 0 && lines[i - 1].trim() !== "" && lines[i - 1].trim() !== "---") i--;
    lines.splice(i, 0, what);
    return lines.join("\n");
  }

  document.getElementById("suppress").addEventListener("click", () => {
    if (current < 0) return;
    const why = reason.value.trim();
    if (!why) {
      note.hidden = false;
      note.textContent = "Give a reason first: a suppression says why the figure is right.";
      reason.focus();
      return;
    }
    const f = flags[current];
    const text = comment(f.rule, why);
    draft.value = insertAbove(draft.value, f.line, text);
    f.card.classList.add("suppressed");
    note.hidden = false;
    note.textContent = "The comment was added above the paragraph in the draft; copy the draft, " +
                       "or check it again:";
    shown.hidden = false;
    shown.textContent = text;
  });
})();
