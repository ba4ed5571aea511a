// A list of links to the application's pages, after the state of the data it is made from.
import { Link } from "react-router-dom";
import { Status } from "./Status";

export function LinkList({ loading, error, links }: { loading: boolean; error?: string; links: { to: string; label: string }[] }) {
  return (
    <>
      <Status loading={loading} error={error} />
      <ul>
        {links.map((l) => (
          <li key={l.to}>
            <Link to={l.to}>{l.label}</Link>
          </li>
        ))}
      </ul>
    </>
  );
}
