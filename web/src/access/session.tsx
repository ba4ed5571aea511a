// Who is signed in, for the whole application: read from GET /api/session on start, set by
// signing in, cleared by signing out. The CSRF token given at sign-in goes with every write.
import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import { api, problemText, setCsrfToken, type Schemas } from "../api/client";

type Account = Schemas["Account"];
interface SessionState {
  account?: Account;
  ready: boolean;
  signIn: (account: string, password: string) => Promise<string | undefined>;
  signOut: () => Promise<void>;
}

const SessionContext = createContext<SessionState>({ ready: false, signIn: async () => undefined, signOut: async () => {} });

export function SessionProvider({ children }: { children: ReactNode }) {
  const [account, setAccount] = useState<Account>();
  const [ready, setReady] = useState(false);
  useEffect(() => {
    api.GET("/api/session").then(({ data }) => {
      if (data) {
        setCsrfToken((data as { csrf_token?: string }).csrf_token ?? "");
        setAccount(data as Account);
      }
      setReady(true);
    });
  }, []);
  const signIn = async (id: string, password: string) => {
    const { data, error } = await api.POST("/api/session", { body: { account: id, password } });
    if (error || !data) return problemText(error);
    setCsrfToken((data as { csrf_token?: string }).csrf_token ?? "");
    setAccount(data as Account);
    return undefined;
  };
  const signOut = async () => {
    await api.DELETE("/api/session");
    setCsrfToken("");
    setAccount(undefined);
  };
  return <SessionContext.Provider value={{ account, ready, signIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession() {
  return useContext(SessionContext);
}
