// What a change of page tells the reader: the window's title follows the page's heading (so each
// page has its own title, in the reader's language), and after moving to another page the focus
// moves to its heading, so that a screen reader reads where one arrived and the keyboard goes on
// from there. On the first load the focus stays where the browser put it.
import { useEffect, useRef } from "react";
import { useLocation } from "react-router-dom";

export function PageHeading() {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    const main = document.getElementById("main");
    if (!main) return;
    const moveFocus = !first.current;
    first.current = false;
    let focused = false;
    const follow = () => {
      const heading = main.querySelector("h1");
      if (!heading) return;
      document.title = `${heading.textContent ?? ""} – Yhdyspinta`;
      if (moveFocus && !focused) {
        focused = true;
        heading.setAttribute("tabindex", "-1");
        heading.focus({ preventScroll: false });
      }
    };
    follow();
    // A page draws its heading when its data has come: follow it as it appears and changes.
    const observer = new MutationObserver(follow);
    observer.observe(main, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname]);
  return null;
}
