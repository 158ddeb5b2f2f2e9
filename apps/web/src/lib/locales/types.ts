/** A feature's English resources with every leaf widened to `string`: the shape Indonesian must fill. */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** All features' resources for one language, as one object type. */
export type Merged<F extends Record<string, { en: object; id: object }>, L extends 'en' | 'id'> = UnionToIntersection<F[keyof F][L]>;
