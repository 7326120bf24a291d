/** Registers the Fluent UI web components the pane uses (v3 define functions) and the light theme. */
import { webLightTheme } from '@fluentui/tokens';
import {
  Badge,
  BadgeDefinition,
  Button,
  ButtonDefinition,
  Divider,
  DividerDefinition,
  MessageBar,
  MessageBarDefinition,
  setTheme,
  Spinner,
  SpinnerDefinition,
  Text,
  TextDefinition,
} from '@fluentui/web-components';

export function defineFluentComponents(): void {
  setTheme(webLightTheme);
  Badge.define(BadgeDefinition);
  Button.define(ButtonDefinition);
  Divider.define(DividerDefinition);
  MessageBar.define(MessageBarDefinition);
  Spinner.define(SpinnerDefinition);
  Text.define(TextDefinition);
}
