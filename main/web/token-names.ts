/** Where the test transport's token travels; shared by the server and the browser bridge. */
/** In the page's URL, as the server prints it. */
export const TOKEN_PARAM = 'token';
/** On every API call. */
export const TOKEN_HEADER = 'X-PressKit-Token';
/** The <meta name> that hands it from the page to the bridge (the CSP allows no inline script). */
export const TOKEN_META = 'presskit-token';
