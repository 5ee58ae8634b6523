import { staticPaths } from '../routes';

/** Pages that accept a form POST (the sleep test's server action, which also serves readers without JavaScript); every other page answers POST with 405. */
export const formPostPaths: string[] = [staticPaths.sleepTest];
