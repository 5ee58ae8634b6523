/** The first part of CONTENT.md: writing and editing posts in the browser CMS (Keystatic at /keystatic). */
export const browserEditingSection = `## Editing in the browser

Most editors never open a file: the site has an editing application at
**/keystatic**. It writes the same files described below, checks every save
with the same rules as the build, and shows each problem next to the save
button.

**On your own computer:** run \`npm install\` once, then \`npm run dev\`, and
open <http://127.0.0.1:3000/keystatic>. Saves are written straight into
\`content/\` and \`public/images/\`; commit them with git (or ask a developer).

**On the deployed site:** if your team has turned on GitHub storage (see the
README), open \`/keystatic\` on the site, choose "Log in with GitHub", and each
save becomes a commit; the site rebuilds on its own.

### Write a new guide, step by step

1. Open **Technique guides** (or **Articles**) on the left and press **Add**.

   ![The list of technique guides in the editor](docs/cms/1-list.png)

2. Fill in the form on the right. Each field says what it is for under its
   name, and the form refuses what the site would refuse (a description must be
   70 to 160 characters, a guide needs at least two steps and one precaution).
   - **Title**, then **File name**: the page address, made from the title
     (press the arrows to make it again). Change it only before publishing.
   - **Author**, **Reviewer** and **Category**: choose from the lists; they show
     the people and categories that exist.
   - **Cover**: press **Choose file** and pick a picture (SVG, PNG, JPEG, WebP or
     AVIF), then describe it in **Alt text** for readers who cannot see it. You
     never type its size: the site reads it from the file.
   - **Steps**, **Precautions**, **Takeaways**, **Sources**: press **Add** for
     each item; click an item to change it.
   - **Related**: tick the articles and guides readers should see next.
   - **Draft**: leave it ticked while you work. A draft shows only in the
     preview, with a yellow banner.

   ![A guide open in the editor: the text on the left, its fields on the right](docs/cms/2-edit.png)

3. Write the text in the large box on the left. Use the toolbar for headings
   (level 2 and below: the title is the page's only level 1), bold, lists,
   quotes and links. To add the orange **call to action** or a **figure**
   (a picture in the text, with alt text and a caption), type \`/\` on an empty
   line, or press **+**, and choose it.

   ![The insert menu, with "Call to action" and "Figure"](docs/cms/3-insert.png)

4. Press **Create** (later **Save**). If something would break the site, nothing
   is saved and a red notice names the file, the field and the problem, with a
   hint; fix it and save again.
5. Press the **Preview** button (the arrow in a box, top right) to open the page
   on the site. When it reads well, untick **Draft**, save, and it is published
   with the next build.

To change a post, open it from its list, edit, and save. Opening and saving a
post without changes rewrites nothing.

The rest of this guide describes the files themselves, for developers and for
anyone who prefers a text editor.
`;
