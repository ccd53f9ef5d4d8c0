// The host page listens to the readers' events, as a publisher's analytics would.
const log = () => document.getElementById("event-log");
for (const type of ["lede:ready", "lede:error", "lede:subscribe"]) {
  document.addEventListener(type, (event) => {
    const item = document.createElement("li");
    item.textContent = `${type} from #${event.target.id}: ${JSON.stringify(event.detail)}`;
    log()?.append(item);
  });
}
