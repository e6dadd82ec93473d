/** A problem found in answers or in a situations definition: a dotted path and a Chinese message. */
export type Issue = { path: string; message: string }
