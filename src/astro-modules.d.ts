// For tsc, which does not read .astro files: a .ts module may import a component to pass it on
// (as src/components/prose/components.ts does); `astro check` types the components themselves.
declare module '*.astro' {
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
