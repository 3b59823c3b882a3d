// Text the add-in writes into its own sheets so it can know them again.

/** In the hidden key column of a model sheet's first row, followed by the template id ("bl-template:vve"). */
export const TEMPLATE_MARKER = "bl-template:";
