import '@atlaskit/css-reset';
import 'virtual:ds-theme.css';
import '../../shared/app.css';
import './issue-context.css';
import { createRoot } from 'react-dom/client';
import { followHostTheme } from '../../shared/theme';
import { IssueContextApp } from './IssueContextApp';

void followHostTheme();
createRoot(document.getElementById('root')!).render(<IssueContextApp />);
