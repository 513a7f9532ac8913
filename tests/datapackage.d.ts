// The little of the `datapackage` npm package (a Frictionless Data library, untyped) the tests use.
declare module 'datapackage' {
  interface Resource {
    schema: { fieldNames: string[] };
    read(options: { keyed?: boolean; cast?: boolean }): Promise<unknown[]>;
  }
  interface Package {
    errors: Error[];
    valid: boolean;
    getResource(name: string): Resource;
  }
  const datapackage: {
    Package: { load(descriptor: string | object, options?: { basePath?: string }): Promise<Package> };
  };
  export default datapackage;
}
