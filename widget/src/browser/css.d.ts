// esbuild's `text` loader turns an imported stylesheet into its source text (see build-widget-assets.ts).
declare module '*.css' {
  const text: string;
  export default text;
}
