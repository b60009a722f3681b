declare module 'virtual:ds-theme.css';
declare module '*.css';
