import {
  Masthead,
  MastheadBrand,
  MastheadContent,
  MastheadLogo,
  MastheadMain,
  MastheadToggle,
  PageToggleButton,
  ToggleGroup,
  ToggleGroupItem,
  Toolbar,
  ToolbarContent,
  ToolbarItem,
} from '@patternfly/react-core';
import { BarsIcon } from '@patternfly/react-icons';
import { useTranslation } from 'react-i18next';
import { changeLanguage, type Language } from '../i18n';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ja: '日本語' };

/** Masthead with the product name and the language switch (English / 日本語). */
export const HostMasthead = () => {
  const { t, i18n } = useTranslation();
  return (
    <Masthead>
      <MastheadMain>
        <MastheadToggle>
          <PageToggleButton variant="plain" aria-label={t('Global navigation')}>
            <BarsIcon />
          </PageToggleButton>
        </MastheadToggle>
        <MastheadBrand>
          <MastheadLogo component="span" data-test="masthead-brand">
            <strong>{t('Red Hat OpenShift')}</strong>
          </MastheadLogo>
        </MastheadBrand>
      </MastheadMain>
      <MastheadContent>
        <Toolbar isFullHeight>
          <ToolbarContent>
            <ToolbarItem align={{ default: 'alignEnd' }}>
              <ToggleGroup aria-label={t('Language')} data-test="language-switch">
                {(Object.keys(LANGUAGE_NAMES) as Language[]).map((lng) => (
                  <ToggleGroupItem
                    key={lng}
                    text={LANGUAGE_NAMES[lng]}
                    lang={lng}
                    buttonId={`language-${lng}`}
                    isSelected={i18n.language === lng}
                    onChange={() => {
                      void changeLanguage(lng);
                    }}
                  />
                ))}
              </ToggleGroup>
            </ToolbarItem>
          </ToolbarContent>
        </Toolbar>
      </MastheadContent>
    </Masthead>
  );
};
