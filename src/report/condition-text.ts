import { conditionSyntax } from "../model/condition-syntax";

/**
 * A condition in words, for reports: `mexican-consent in {limited-cooperation, opposed}`. The same
 * text a workbook's cells hold, so a reader can copy it from a report into a workbook.
 */
export const conditionText = conditionSyntax;
