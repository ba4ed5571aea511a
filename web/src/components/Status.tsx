// A page's state while its data loads or when it cannot be had, said in the reader's language.
import { useTranslation } from "react-i18next";
import { InlineAlert, LoadingSpinner } from "suomifi-ui-components";

export function Status({ loading, error }: { loading: boolean; error?: string }) {
  const { t } = useTranslation();
  if (error) return <InlineAlert status="error">{error}</InlineAlert>;
  if (loading) return <LoadingSpinner status="loading" text={t("status.loading")} textAlign="right" variant="small" />;
  return null;
}
