/** What a stylesheet import is in jest: nothing. Atlaskit's components import their compiled CSS, which only a browser build uses. */
export {};
