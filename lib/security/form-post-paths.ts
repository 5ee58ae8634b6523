/** Pages that accept a form POST (the no-JavaScript sleep test); every other page answers POST with 405. */
export const formPostPaths: string[] = [];
