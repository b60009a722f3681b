import '@atlaskit/css-reset';
import 'virtual:ds-theme.css';
import '../../shared/app.css';
import './gadget.css';
import { createRoot } from 'react-dom/client';
import { followHostTheme } from '../../shared/theme';
import { GadgetApp } from './GadgetApp';

void followHostTheme();
createRoot(document.getElementById('root')!).render(<GadgetApp />);
