// The language switcher keeps the filters: when htmx updates the address bar after a
// filter change, each language link takes the new query string (its own path prefix stays).
document.addEventListener("htmx:pushedIntoHistory", () => {
  for (const link of document.querySelectorAll("a[data-language-switch]")) {
    const target = new URL(link.href, window.location.href);
    target.search = window.location.search;
    link.href = target.pathname + target.search;
  }
});
