import '@atlaskit/css-reset';
import 'virtual:ds-theme.css';
import '../../shared/app.css';
import { createRoot } from 'react-dom/client';
import { followHostTheme } from '../../shared/theme';
import { PortfolioApp } from './PortfolioApp';

void followHostTheme();
createRoot(document.getElementById('root')!).render(<PortfolioApp />);
