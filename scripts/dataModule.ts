/**
 * A generated data file as a TypeScript module (`export default {…}`): imported alike by Vite, tsx, Vitest and
 * Playwright's loader, where a JSON import needs import attributes that not all of them accept.
 */
export function dataModule(data: { about: string }): string {
  return `// ${data.about}\nexport default ${JSON.stringify(data, null, 1)}\n`
}
