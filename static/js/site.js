// Keep filter permalinks short: empty form fields are not sent, so the address bar
// (pushed by htmx) shows only the filters in use.
document.addEventListener("htmx:configRequest", (event) => {
  const parameters = event.detail.parameters;
  for (const name of Array.from(new Set(Object.keys(parameters)))) {
    if (parameters[name] === "") {
      delete parameters[name];
    }
  }
});
