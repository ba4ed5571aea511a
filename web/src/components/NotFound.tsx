// An address the application does not know.
import { useTranslation } from "react-i18next";
import { Heading, Paragraph } from "suomifi-ui-components";

export function NotFound() {
  const { t } = useTranslation();
  return (
    <>
      <Heading variant="h1">{t("notFound.title")}</Heading>
      <Paragraph>{t("notFound.text")}</Paragraph>
    </>
  );
}
