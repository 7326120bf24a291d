/// <reference types="office-js" />
/** Entry of the task pane bundle: styles and Fluent components first, then the pane once Office is ready. */
import { defineFluentComponents } from './fluent';
import { startPane } from './pane';
import { adoptPaneStyles } from './styles';

adoptPaneStyles();
defineFluentComponents();
void Office.onReady(() => startPane());
