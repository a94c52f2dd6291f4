/** Where the test transport's token may travel; shared by the server and the browser bridge. */
export const TOKEN_PARAM = 'token';
export const TOKEN_HEADER = 'X-PressKit-Token';
