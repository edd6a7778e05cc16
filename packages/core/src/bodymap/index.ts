/** The body map: the regions drawn on a front and a back view, and the chain from a complaint up to its driver. */
export * from "./regions.js";
export * from "./chains.js";
