/** The how-to part of CONTENT.md: publishing, editing, drafts, scheduling and retiring a post. */
export const workflowSections = `## Publish a new guide, step by step

1. Create the file: \`npm run new -- guide "Shoulder release before bed"\`
   (or \`npm run new -- article "…"\`). It writes
   \`content/guides/shoulder-release-before-bed.mdx\` as a **draft**, dated
   today, with every required field filled in and a note above each one, plus a
   title-card cover in \`public/images/guides/<file name>/cover.svg\`. It refuses to overwrite a post
   that already exists.
2. Start the preview: \`npm run dev\`, then open
   <http://127.0.0.1:3000/guides/shoulder-release-before-bed>. A yellow
   "Draft" banner shows it is not public yet. Keep it open: each time you save,
   the page updates within a second or two.
3. Fill in the fields (see [Fields](#fields)): replace every sentence starting
   with "Replace", choose the author, category and body area from the names the
   comments list, and write the steps and precautions.
4. Write the body below the second \`---\` line in Markdown
   (see [Writing the body](#writing-the-body)).
5. Add pictures to \`public/images/\` (see [Images and alt text](#images-and-alt-text)).
6. Run \`npm run content:check\`. It lists every problem at once with the file,
   line and a hint, and ends with a count. Fix until it reports 0 errors and no
   "template" warnings.
7. Delete the line \`draft: true\`, run the check once more, and commit the
   \`.mdx\` file and its images. The site is built with \`npm run build\`, which
   runs the same check first: a post with an error is never published.

## Editing a post

Change the file and save; the preview updates. After a real change to the
advice (not a typo), set \`updatedAt\` to today's date so readers see the post
was reviewed. Keep \`publishedAt\` as it was.

## Drafts and scheduled posts

- \`draft: true\` keeps a post out of the published site entirely: no page, no
  listing, no search result, no feed. It shows only in \`npm run dev\`, with a
  banner. Other posts may not link to a draft (\`link/unpublished\`).
- A \`publishedAt\` date in the future schedules the post: the check lists it
  as "scheduled", and a site built before that date leaves it out. It appears
  with the first build on or after its date.

## Retiring, renaming and moving a post

- **Retire:** delete the file (and its images if nothing else uses them), then
  run \`npm run content:check\`: it names every link to the removed post so you
  can change them.
- **Rename:** the file name is the address. Rename the file, and add the old
  name to \`redirectFrom\` so old links and bookmarks still arrive:
  \`redirectFrom: [old-file-name]\`.
`;
