/** The most projects one dashboard gadget shows side by side (its contract and its edit view). No TypeBox here: the page imports it. */
export const GADGET_MAX_PROJECTS = 6;
