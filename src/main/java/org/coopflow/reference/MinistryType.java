package org.coopflow.reference;

/** What kind of ministry a partner organisation is (shown with its name; lets officials compare like with like). */
public enum MinistryType {
    INTERIOR, PUBLIC_ADMINISTRATION, DIGITAL_GOVERNMENT, ELECTORAL_BODY, JUSTICE, FINANCE_AND_CUSTOMS,
    LAND_AND_URBAN_DEVELOPMENT, HEALTH, LABOUR, OTHER
}
